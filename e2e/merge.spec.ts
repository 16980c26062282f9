import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

// The seed holds one person twice: "Ignacio Sanchez Amor" from the DCK-ban report's list (OSCE PA)
// and "Nacho Sánchez Amor" from the news items (MEP). The journey merges them, so it runs once per
// database (scripts/test-all.sh creates a fresh one for every run). Ignacio's record survives and
// keeps its name, so lists.spec.ts, which looks him up by that name, is unaffected.
test("a manager finds the Sánchez Amor pair, merges it choosing values, and the old record points to the survivor", async ({ page }) => {
  await resumeSession(page, demo.manager);
  await page.goto("/contacts/duplicates");
  await expect(page.getByRole("heading", { name: "Duplicate contacts", level: 1 })).toBeVisible();
  await expectAccessible(page);

  const pair = page
    .getByRole("table", { name: "Probable duplicate pairs" })
    .getByRole("row")
    .filter({ hasText: "Nacho Sánchez Amor" })
    .filter({ hasText: "Ignacio Sanchez Amor" });
  await expect(pair).toHaveCount(1);
  await expect(pair.getByText(/^similar names 0\.\d\d$/)).toBeVisible();
  const absorbedHref = await pair.getByRole("link", { name: "Nacho Sánchez Amor", exact: true }).getAttribute("href");
  expect(absorbedHref).toMatch(/^\/contacts\/[0-9a-f-]{36}$/);

  await pair.getByRole("link", { name: /^Compare and merge/ }).click();
  await expect(page.getByRole("heading", { name: "Compare and merge", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // Ignacio's record survives; the title and the political group come from the MEP record.
  await page.getByRole("group", { name: "Which record survives" }).getByLabel(/^Keep Ignacio Sanchez Amor/).check();
  await page.getByRole("group", { name: "Name (first, last, full)" }).getByLabel(/Ignacio Sanchez Amor/).check();
  await page.getByRole("group", { name: "Title", exact: true }).getByLabel(/Member of the European Parliament/).check();
  await page.getByRole("group", { name: "Political group" }).getByLabel(/S&D/).check();

  await page.getByRole("button", { name: "Merge records" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Merge these two records?" });
  await expect(dialog).toContainText("“Nacho Sánchez Amor” will be merged into “Ignacio Sanchez Amor”");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Merge", exact: true }).click();

  // The survivor: its own e-mail and note, the MEP's title, group and letter on one timeline.
  await expect(page.getByRole("heading", { name: "Ignacio Sanchez Amor", level: 1 })).toBeVisible();
  const survivorUrl = page.url();
  expect(survivorUrl).not.toContain(absorbedHref!);
  await expect(page.getByRole("link", { name: "cristina.casado@gps.congreso.es" })).toBeVisible();
  await expect(page.getByText("Member of the European Parliament").first()).toBeVisible();
  await expect(page.getByText("S&D", { exact: true })).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline.getByText("Signed two letters, one to President Nazarbayev")).toBeVisible();
  await expect(timeline.getByText("Joint letter: EU individual sanctions in the case of Dulat Agadil").first()).toBeVisible();
  await expectAccessible(page);

  // The absorbed record's address says where it went.
  await page.goto(absorbedHref!);
  await expect(page.getByRole("heading", { name: "This contact was merged", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("status").getByRole("link", { name: "Ignacio Sanchez Amor" }).click();
  await expect(page).toHaveURL(survivorUrl);

  // The pair is gone from the duplicates.
  await page.goto("/contacts/duplicates");
  await expect(page.getByRole("row").filter({ hasText: "Nacho Sánchez Amor" })).toHaveCount(0);
});

test("an officer cannot open the duplicates or the merge screen", async ({ page }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/contacts/duplicates");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/contacts/merge?a=00000000-0000-4000-8000-000000000001&b=00000000-0000-4000-8000-000000000002");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
