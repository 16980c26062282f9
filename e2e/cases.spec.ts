import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

test("an officer creates a case with a Cyrillic variant, finds it by Latin search and changes its status", async ({ page }) => {
  test.slow(); // five pages, each scanned by axe
  const name = `Beisenova ${Date.now()}`;
  await resumeSession(page, demo.officer);
  await page.goto("/cases");
  await expect(page.getByRole("table", { name: "Cases" })).toBeVisible();
  await page.getByRole("link", { name: "New case" }).click();
  await expect(page.getByRole("heading", { name: "New case" })).toBeVisible();

  // An empty name is refused beside the field.
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.getByText("Give the person's name (at least 2 characters).")).toBeVisible();

  await page.getByLabel(/^Name( \*)?$/).fill(name);
  await page.getByRole("button", { name: "Add a name variant" }).click();
  await page.getByLabel("Name variant 1").fill("Жанар Бейсенова");
  await page.getByLabel("Script of variant 1").selectOption("cyrillic");
  await page.getByLabel("Language of variant 1").fill("ru");
  await page.getByLabel("Country").selectOption("KZ");
  await page.getByLabel(/^Status( \*)?$/).selectOption("detained");
  await page.getByLabel("Status since").fill("2025-03-01");
  await page.getByLabel("Tags").fill("journalist, e2e");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  await expect(page.getByText("Жанар Бейсенова")).toBeVisible();
  await expectAccessible(page);

  // Found by the Latin spelling of the Cyrillic variant only.
  await page.goto(`/cases?q=${encodeURIComponent("Zhanar Beisenova")}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: `Edit “${name}”` })).toBeVisible();
  await expect(page.getByLabel("Name variant 1")).toHaveValue("Жанар Бейсенова");
  await page.getByLabel(/^Status( \*)?$/).selectOption("imprisoned");
  await page.getByLabel("Status since").fill("2025-09-15");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  const history = page.getByRole("table", { name: "Status history" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(1)).toContainText("Imprisoned");
  await expect(history.getByRole("row").nth(2)).toContainText("Detained");
  await expect(page.getByRole("list", { name: "Timeline entries" }).getByText("Status: Imprisoned")).toBeVisible();
});

test("a restricted case is absent for a viewer from the list, search, export and its URL", async ({ page, browser }) => {
  // The seeded restricted case nobody is assigned to: a manager sees it.
  await resumeSession(page, demo.manager);
  await page.goto("/cases?q=Mendigaziev");
  await page.getByRole("link", { name: "Barlyk Mendigaziev" }).click();
  await expect(page.getByRole("heading", { name: "Barlyk Mendigaziev" })).toBeVisible();
  await expect(page.getByText("Restricted", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline entries" }).getByText("Appeal", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  const restrictedUrl = page.url();

  // The case has an appeal: deleting it is refused with a message, not a database error.
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete this case?" });
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Delete case" }).click();
  await expect(page.getByText("This case has appeals; it cannot be deleted.")).toBeVisible();

  // Assignment opens the case to the coordinator; unassigning closes it again.
  await page.getByLabel("Assign someone").selectOption({ label: "Colm Coordinator (Coordinator)" });
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unassign Colm Coordinator" })).toBeVisible();
  await page.getByRole("button", { name: "Unassign Colm Coordinator" }).click();
  await expect(page.getByRole("button", { name: "Unassign Colm Coordinator" })).toHaveCount(0);

  const viewer = await (await browser.newContext()).newPage();
  await resumeSession(viewer, demo.viewer);
  await viewer.goto("/cases?sort=name");
  await expect(viewer.getByRole("table", { name: "Cases" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Barlyk Mendigaziev" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Askhat Zheksebayev" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "New case" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  await expect(viewer.getByLabel("Restricted")).toHaveCount(0);
  await viewer.goto("/cases?q=Mendigaziev");
  await expect(viewer.getByText("No case matches these filters.")).toBeVisible();
  await viewer.goto(`/cases?q=${encodeURIComponent("Mendigaziev")}&restricted=yes`);
  await expect(viewer.getByText("No case matches these filters.")).toBeVisible();
  expect((await viewer.request.get("/cases/export")).status()).toBe(403);

  // Its URL answers exactly like an id that does not exist.
  await viewer.goto(restrictedUrl);
  await expect(viewer.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(viewer.getByText("Mendigaziev")).toHaveCount(0);
  await viewer.goto(`${restrictedUrl}/edit`);
  await expect(viewer.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectAccessible(viewer);

  // An officer exports: the case assigned to them is in the file, the other restricted one is not.
  const officer = await (await browser.newContext()).newPage();
  await resumeSession(officer, demo.officer);
  await officer.goto(restrictedUrl);
  await expect(officer.getByRole("heading", { name: "Not found" })).toBeVisible();
  const csv = await (await officer.request.get("/cases/export?country=KZ")).text();
  expect(csv.startsWith("\uFEFF\"Name\"")).toBe(true);
  expect(csv).toContain("Askhat Zheksebayev");
  expect(csv).not.toContain("Mendigaziev");
});
