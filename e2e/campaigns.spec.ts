import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

test("a manager creates, edits, archives and restores a campaign", async ({ page }) => {
  const name = `Release Zhanara Akhmetova ${Date.now()}`;
  await resumeSession(page, demo.manager);
  await page.getByRole("link", { name: "New campaign" }).click();
  await expect(page.getByRole("heading", { name: "New campaign" })).toBeVisible();
  await expectAccessible(page);

  // An empty name is refused beside the field.
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByText("Give the campaign a name of at least 3 characters.")).toBeVisible();

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Summary").fill("Stop the extradition of a journalist in exile");
  await page.getByLabel("Status").selectOption("active");
  await page.getByLabel("Starts on").fill("2026-02-01");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Summary").fill("Stop the extradition; secure asylum");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Stop the extradition; secure asylum")).toBeVisible();

  // Found again by search in another script and with a typo.
  await page.goto(`/campaigns?q=${encodeURIComponent("Ахметова")}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await page.goto(`/campaigns?q=Akhmetva`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Archive" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Archive this campaign?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Archive campaign" }).click();
  await expect(page.getByText("Archived", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);

  await page.getByRole("button", { name: "Restore campaign" }).click();
  await expect(page.getByRole("link", { name: "Edit" })).toBeVisible();
});

test("list filters, sort and page live in the URL", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.getByLabel("Status").selectOption("all");
  await page.getByLabel("Sort by").selectOption("name");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=all/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByLabel("Sort by")).toHaveValue("name");
  await page.goto("/campaigns?q=zzzz-no-such-campaign");
  await expect(page.getByText("No campaign matches these filters.")).toBeVisible();
  await expectAccessible(page);
});
