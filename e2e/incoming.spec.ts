import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

// The first paragraphs of a real appeal for help, pasted as an officer would.
const fixture = readFileSync(path.resolve(process.cwd(), "tests/fixtures/appeal-koshe-partiyasy-2020.txt"), "utf8");
const pasted = fixture.slice(0, 900);

test("an officer logs a request for help, assigns it, reviews it and accepts it as a new case", async ({ page }) => {
  const stamp = Date.now();
  const sender = `Kairat Klyshev ${stamp}`;
  const person = `Noyan Rakhimzhanov ${stamp}`;
  await resumeSession(page, demo.officer);
  await page.goto("/incoming");
  await expect(page.getByRole("heading", { name: "Incoming appeals" })).toBeVisible();
  // The seeded appeals of the fixtures are listed.
  await expect(page.getByRole("link", { name: /Balli Marzec/ }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Log a request" }).click();
  await expect(page.getByRole("heading", { name: "Log a request for help" })).toBeVisible();
  await expectAccessible(page);

  // Nothing typed: the required fields are refused beside them.
  await page.getByRole("button", { name: "Log request" }).click();
  await expect(page.getByText("Give the sender's name.")).toBeVisible();
  await expect(page.getByText("Paste the appeal as it was received.")).toBeVisible();

  await page.getByLabel("A new contact").check();
  await page.getByLabel(/^Sender's name( \*)?$/).fill(sender);
  await page.getByLabel(/^Received on( \*)?$/).fill("2020-05-25");
  await page.getByLabel(/^Channel( \*)?$/).selectOption("social_media");
  await page.getByLabel("Language").fill("en");
  await page.getByLabel(/^Original text( \*)?$/).fill(pasted);
  await page.getByLabel("What is asked").fill("Condemn the ban of Koshe Partiyasy publicly and monitor the movement.");
  await page.getByLabel("Assigned officer").selectOption({ label: "Olena Officer" });
  await page.getByLabel("Due on").fill("2020-06-05");
  await page.getByRole("button", { name: "Log request" }).click();

  await expect(page.getByRole("heading", { name: sender })).toBeVisible();
  // Kept as received, line breaks and all.
  await expect(page.locator("pre")).toHaveText(pasted);
  await expect(page.getByText("Overdue")).toBeVisible();
  await expectAccessible(page);

  // Found in the list by the start of its text, filtered to the officer's own.
  await page.goto(`/incoming?q=${encodeURIComponent("Koshe Partiyasy")}&assigned=me&overdue=1`);
  await expect(page.getByRole("link", { name: sender })).toBeVisible();
  await page.getByRole("link", { name: sender }).click();

  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByText("Under review", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Record decision" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Accept as a case").check();
  await page.getByLabel("Open a new case").check();
  await page.getByLabel(/^Name of the person at risk( \*)?$/).fill(person);
  await page.getByLabel("Country").selectOption("KZ");
  await page.getByLabel(/^Case status( \*)?$/).selectOption("at_risk");
  await page.getByRole("button", { name: "Record decision" }).click();

  await expect(page.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(page.getByText("Overdue")).toHaveCount(0);
  const caseLink = page.getByRole("link", { name: person });
  await expect(caseLink).toHaveAttribute("href", /^\/cases\/[0-9a-f-]{36}$/);
  await caseLink.click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
});

test("the sender look-up finds a contact; a seeded appeal shows its text; a viewer cannot open incoming appeals", async ({ page, browser }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/incoming/new");
  await page.getByLabel("An existing contact").check();
  await page.getByLabel("Find a contact").fill("Марзец");
  await page.getByLabel("Find a contact").press("Enter");
  await expect(page.getByText(/found: choose one below/)).toBeVisible();
  await page.getByLabel(/^Contact( \*)?$/).selectOption({ index: 1 });
  await expect(page.getByLabel(/^Contact( \*)?$/)).toHaveValue(/^[0-9a-f-]{36}$/);
  await expectAccessible(page);

  await page.goto("/incoming?status=new");
  await page.getByRole("link", { name: "Balli Marzec" }).click();
  const detail = page.url();
  // The seeded appeal is shown with its original text.
  await expect(page.locator("pre")).toContainText("Opposition leader wants to stay in Kazakhstan.");

  const viewer = await browser.newPage();
  await resumeSession(viewer, demo.viewer);
  for (const url of ["/incoming", "/incoming/new", new URL(detail).pathname]) {
    await viewer.goto(url);
    await expect(viewer.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  await viewer.close();
});

test("a manager refers an appeal (to whom is required), reopens it and declines it", async ({ page }) => {
  const sender = `Abaybek Sultanov ${Date.now()}`;
  await resumeSession(page, demo.manager);
  await page.goto("/incoming/new");
  await page.getByLabel("Only the name").check();
  await page.getByLabel(/^Sender's name( \*)?$/).fill(sender);
  await page.getByLabel(/^Original text( \*)?$/).fill(fixture.slice(900, 1500));
  await page.getByRole("button", { name: "Log request" }).click();
  await expect(page.getByRole("heading", { name: sender })).toBeVisible();
  await page.getByRole("button", { name: "Start review" }).click();

  // Linking an existing case searches only the cases the user may see.
  await page.getByLabel("Link an existing case").check();
  await page.getByLabel("Find a case").fill("Zheksebayev");
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText(/found: choose one below/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Refer elsewhere").check();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Say to whom it was referred.")).toBeVisible();
  await page.getByLabel(/^Referred to( \*)?$/).fill("Kazakhstan International Bureau for Human Rights");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Referred", { exact: true })).toBeVisible();
  await expect(page.getByText("Kazakhstan International Bureau for Human Rights")).toBeVisible();

  await page.getByRole("button", { name: "Reopen for review" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Reopen this appeal?" });
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Reopen" }).click();
  await expect(page.getByText("Under review", { exact: true })).toBeVisible();
  await page.getByLabel("Decline").check();
  await page.getByLabel(/^Reason for declining( \*)?$/).fill("Outside the foundation's mandate; contact details passed on.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Declined", { exact: true })).toBeVisible();
  await expectAccessible(page);
});
