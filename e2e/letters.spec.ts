import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { letterMembers } from "./fixtures/letters-members";
import { expectAccessible, resumeSession } from "./helpers";

// The thirty MEPs on committee "E2E-DROI" come from e2e/fixtures/letters-data.ts (names in letters-members.ts).
test("an officer builds a pool of 30 MEPs, 24 from 14 member states sign, and a viewer only reads", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Joint letter to President Tokayev ${Date.now()}`;
  await resumeSession(page, demo.officer);
  await page.goto("/letters");
  await expect(page.getByRole("heading", { name: "Letters" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "New letter" }).click();
  await expect(page.getByRole("heading", { name: "New letter" })).toBeVisible();
  await page.getByLabel(/^Title( \*)?$/).fill(title);
  await page.getByLabel("Addressee").fill("President Kassym-Jomart Tokayev");
  await page.getByLabel("Text (Markdown)").fill("## Release political prisoners\n\nWe, the undersigned Members of the European Parliament…");
  // The live preview renders the Markdown as the officer types.
  await expect(page.getByRole("heading", { name: "Release political prisoners" })).toBeVisible();
  // A misspelt merge field is refused beside the field.
  await page.getByLabel("Outreach message").fill("{{salutaton}} would you sign?");
  await page.getByLabel("Target signatures").fill("20");
  await page.getByRole("button", { name: "Create letter" }).click();
  await expect(page.getByText("Unknown merge field: {{salutaton}}.")).toBeVisible();
  await page.getByLabel("Outreach message").fill("{{salutation}} would you, as a member for {{country}}, co-sign “{{letter_title}}”?");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create letter" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const letterUrl = page.url();

  // The pool from one contact filter: the committee.
  await page.getByLabel("Committee").fill("E2E-DROI");
  await page.getByRole("button", { name: "Add matching parliamentarians" }).click();
  await expect(page.getByText("30 added to the pool.")).toBeVisible();
  await expect(page.getByText("Pool of 30: To ask 30")).toBeVisible();

  // Everyone asked in one bulk change, then the 24 who signed.
  await page.getByLabel("Select all on this page").check();
  await page.getByLabel("Set status").selectOption("asked");
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.getByText("30 set to Asked.")).toBeVisible();
  await expect(page.getByText("Pool of 30: Asked 30")).toBeVisible();
  for (const m of letterMembers.filter((x) => x.signs)) await page.getByLabel(`Select ${m.fullName}`).check();
  await page.getByLabel("Set status").selectOption("signed");
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.getByText("24 set to Signed.")).toBeVisible();

  await expect(page.getByTestId("tally-sentence")).toHaveText("24 MEPs from 14 member states, 4 political groups — target 20 reached");
  await expect(page.getByRole("table", { name: "Signatures by country" })).toContainText("Austria");
  await expect(page.getByRole("table", { name: "Signatures by political group" })).toContainText("Greens/EFA");
  await expectAccessible(page);

  // One member's personalized message.
  await page.getByRole("link", { name: "Outreach message for Greta Hofbauer" }).click();
  await expect(page.getByTestId("outreach-message")).toHaveText(`Dear Ms Hofbauer, would you, as a member for Austria, co-sign “${title}”?`);
  await expectAccessible(page);

  // A viewer reads the letter and its tally, with no control to change them.
  await page.context().clearCookies();
  await resumeSession(page, demo.viewer);
  await page.goto(letterUrl);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("tally-sentence")).toHaveText("24 MEPs from 14 member states, 4 political groups — target 20 reached");
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Apply to selected" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add matching parliamentarians" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save outcome" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${letterUrl}/edit`);
  await expect(page.getByRole("heading", { name: `Edit “${title}”` })).toHaveCount(0);
});

test("the letters list filters in the URL and finds letters by search", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.goto("/letters");
  await page.getByLabel("Kind").selectOption("written_declaration");
  await page.getByLabel("Body").selectOption("pace");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=written_declaration/);
  await expect(page.getByRole("link", { name: "Written Declaration No. 682" })).toBeVisible();
  await page.goto(`/letters?q=${encodeURIComponent("Токаев")}`);
  await expect(page.getByRole("link", { name: "Two letters to President Tokayev on the worsening human rights trend" })).toBeVisible();
  await expectAccessible(page);
});
