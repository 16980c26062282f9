import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

test("a coordinator creates a list, adds contacts found by search, removes one, renames and deletes it", async ({ page }) => {
  const name = `Side-event guests ${Date.now()}`;
  await resumeSession(page, demo.coordinator);
  await page.goto("/lists");
  await expect(page.getByRole("heading", { name: "Lists", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "New list" }).click();
  await expect(page.getByRole("heading", { name: "New list" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.getByText("Give the list a name of at least 2 characters.")).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("MEPs to invite to the PACE side-event");
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("0 members", { exact: true })).toBeVisible();
  await expect(page.getByText("This list has no members yet.")).toBeVisible();
  await expectAccessible(page);

  // Typed without accents, found with them.
  await page.getByLabel("Find contacts to add").fill("austrevicius");
  await page.getByRole("button", { name: "Search contacts" }).click();
  await expect(page).toHaveURL(/add=austrevicius/);
  const select = page.getByRole("checkbox", { name: "Select Petras Auštrevičius" });
  await expect(select).toBeVisible();
  await expectAccessible(page);
  await select.check();
  await page.getByRole("button", { name: /^Add selected/ }).click();
  await expect(page.getByText("Added 1 contact to the list.")).toBeVisible();
  const members = () => page.getByRole("table", { name: /^Members of / });
  await expect(members().getByRole("link", { name: "Petras Auštrevičius" })).toBeVisible();
  await expect(page.getByText("1 member", { exact: true })).toBeVisible();

  // Every match of a second search at once (Ignacio Sanchez Amor and Nacho Sánchez Amor).
  await page.getByLabel("Find contacts to add").fill("sanchez amor");
  await page.getByRole("button", { name: "Search contacts" }).click();
  await expect(page.getByRole("checkbox", { name: "Select Ignacio Sanchez Amor" })).toBeVisible();
  await page.getByRole("button", { name: /^Add all \d+ match/ }).click();
  await expect(page.getByText(/^Added \d+ contacts? to the list\.$/)).toBeVisible();
  await expect(members().getByRole("link", { name: "Ignacio Sanchez Amor" })).toBeVisible();
  await expect(page.getByText("No contact matching “sanchez amor” is missing from this list.")).toBeVisible();
  await expectAccessible(page);

  // Removing needs no confirmation because it can be undone.
  await page.getByRole("button", { name: "Remove Petras Auštrevičius from the list" }).click();
  await expect(page.getByText("Removed Petras Auštrevičius from the list.")).toBeVisible();
  await expect(members().getByRole("link", { name: "Petras Auštrevičius" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(members().getByRole("link", { name: "Petras Auštrevičius" })).toBeVisible();
  await page.getByRole("button", { name: "Remove Petras Auštrevičius from the list" }).click();
  await expect(members().getByRole("link", { name: "Petras Auštrevičius" })).toHaveCount(0);

  const renamed = `${name} (PACE April)`;
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: `Edit “${name}”` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name").fill(renamed);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: renamed, level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Delete list" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete this list?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("The contacts themselves are kept.");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Delete list" }).click();
  await expect(page).toHaveURL(/\/lists$/);
  await expect(page.getByRole("link", { name: renamed })).toHaveCount(0);

  // The contacts survive: Ignacio Sanchez Amor is still in the seeded report list.
  await page.getByLabel("Search").fill("DCK ban");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: "Addressees — DCK ban report (2018)" }).click();
  await page.getByLabel("Search members").fill("sanchez");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(members().getByRole("link", { name: "Ignacio Sanchez Amor" })).toBeVisible();
});

test("a viewer reads the seeded report list, pages and searches its members, and has no edit controls", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.goto("/lists");
  await expect(page.getByRole("link", { name: "New list" })).toHaveCount(0);
  await page.getByLabel("Sort by").selectOption("members");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=members/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Addressees — DCK ban report (2018)" }).click();
  await expect(page.getByRole("heading", { name: "Addressees — DCK ban report (2018)", level: 1 })).toBeVisible();
  await expect(page.getByText("26 members", { exact: true })).toBeVisible();
  const members = page.getByRole("table", { name: "Members of Addressees — DCK ban report (2018)" });
  await expect(members.getByRole("row")).toHaveCount(26); // a header row and 25 members
  await expect(page.getByText("1–25 of 26 members")).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete list" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await expect(page.getByLabel("Find contacts to add")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText("26–26 of 26 members")).toBeVisible();
  await expect(members.getByRole("row")).toHaveCount(2);

  // Search within the list, accent- and case-insensitively.
  await page.getByLabel("Search members").fill("JAGLAND");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(members.getByRole("link", { name: "Thorbjørn Jagland" })).toBeVisible();
  await expectAccessible(page);

  const listUrl = page.url().split("?")[0];
  await page.goto(`${listUrl}/edit`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.goto("/lists/new");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
