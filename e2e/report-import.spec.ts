import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

const fixture = readFileSync(path.resolve(process.cwd(), "tests/fixtures/report-dck-ban-2018.txt"), "utf8");

// The seeded "Addressees — DCK ban report (2018)" already holds these 26 addressees with the same
// e-mails, and other journeys run in parallel: the report name is unique, and the counts asserted
// hold whatever the merge / create-new defaults pick (25 ticked rows → 25 distinct members).
test("an officer imports the addressees of a report, fixes a row, and finds the list", async ({ page }) => {
  const reportName = `DCK ban report ${Date.now()}`;
  await resumeSession(page, demo.officer);
  await page.goto("/contacts/from-report");
  await expect(page.getByRole("heading", { name: "Contacts from a report", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Find contacts" }).click();
  await expect(page.getByText("Give the report a name of at least 2 characters.")).toBeVisible();
  await page.getByLabel("Report name").fill(reportName);
  await page.getByLabel("Report text").fill(fixture);
  await page.getByRole("button", { name: "Find contacts" }).click();

  await expect(page.getByRole("heading", { name: "2. Review the contacts" })).toBeVisible();
  const table = page.getByRole("table", { name: "Contacts found in the report" });
  await expect(table.locator("tbody tr")).toHaveCount(26);
  await expect(page.getByText(/^26 contact entries found/)).toBeVisible();
  // The seeded addressees share these e-mails: flagged, with a link to the existing contact.
  await expect(table.getByText("(same e-mail)").first()).toBeVisible();
  await expect(table.getByRole("link", { name: /Tajani/ }).first()).toHaveAttribute("href", /^\/contacts\/[0-9a-f-]{36}$/);
  await expectAccessible(page);

  // Fix a row, untick another.
  const title = page.getByLabel("Title of row 7", { exact: true });
  await title.fill("Minister of Justice of the Republic of Kazakhstan");
  await page.getByRole("checkbox", { name: "Import Dauren Abayev" }).uncheck();
  await expect(page.getByRole("button", { name: "Import 25 contacts" })).toBeVisible();

  // A broken e-mail is refused beside its cell, and every edit stays.
  const emails = page.getByLabel("E-mails of row 1", { exact: true });
  const original = await emails.inputValue();
  await emails.fill("Gp-rk(at)prokuror.kz");
  await page.getByRole("button", { name: "Import 25 contacts" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Row 1: “Gp-rk(at)prokuror.kz” is not a valid e-mail address.");
  await expect(emails).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveValue("Minister of Justice of the Republic of Kazakhstan");
  await expect(page.getByRole("checkbox", { name: "Import Dauren Abayev" })).not.toBeChecked();
  await expectAccessible(page);
  await emails.fill(original);

  await page.getByRole("button", { name: "Import 25 contacts" }).click();
  await expect(page).toHaveURL(/\/lists\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: `Addressees — ${reportName}`, level: 1 })).toBeVisible();
  await expect(page.getByText("25 members", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // And it is found among the lists.
  await page.goto("/lists");
  await page.getByLabel("Search").fill(reportName);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: `Addressees — ${reportName}` }).click();
  await expect(page.getByRole("heading", { name: `Addressees — ${reportName}`, level: 1 })).toBeVisible();
});

test("a report file over 10 MB is refused in the browser with its size, and nothing is sent", async ({ page }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/contacts/from-report");
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.getByLabel(/Or upload a \.txt or \.pdf file/).setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(11 * 1024 * 1024, "a") });
  await expect(page.getByText("This file is 11 MB; the limit is 10 MB.")).toBeVisible();
  await page.getByLabel("Report name").fill("Huge report");
  await page.getByRole("button", { name: "Find contacts" }).click();
  await expect(page.getByText("Paste the report text or choose a file.")).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(posts, "requests sent for an oversized file").toEqual([]);
});

test("a viewer cannot open the report import", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.goto("/contacts/from-report");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectAccessible(page);
});
