import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

const fixture = readFileSync(path.resolve(process.cwd(), "tests/fixtures/report-dck-ban-2018.txt"), "utf8");

// The seeded directory already holds these 26 addressees (db/seed/data-report-contacts.ts), and
// other journeys run in parallel: report names are unique, and what is asserted holds whatever
// order the journeys run in.
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
  const review = page.getByRole("list", { name: "Contacts found in the report" });
  await expect(review.getByRole("listitem")).toHaveCount(26);
  await expect(page.getByText(/^26 contact entries found/)).toBeVisible();
  // The seeded addressees share these e-mails: matched, with a link to the existing contact.
  await expect(review.getByText("same name and e-mail antonio.tajani@europarl.europa.eu")).toBeVisible();
  await expect(review.getByRole("link", { name: /Tajani/ }).first()).toHaveAttribute("href", /^\/contacts\/[0-9a-f-]{36}$/);
  await expectAccessible(page);

  // Fix a row, untick another.
  const title = page.getByLabel("Title of row 7", { exact: true });
  await title.fill("Minister of Justice of the Republic of Kazakhstan");
  await page.getByRole("checkbox", { name: "Import Dauren Abayev" }).uncheck();
  await expect(page.getByRole("button", { name: "Import 25 contacts" })).toBeVisible();

  // A broken e-mail is refused beside its field, and every edit stays.
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
  await expect(page.getByRole("heading", { name: "3. Imported" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`The new list “Addressees — ${reportName}” holds 25 contacts.`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Open the list" }).click();
  await expect(page).toHaveURL(/\/lists\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: `Addressees — ${reportName}`, level: 1 })).toBeVisible();
  await expect(page.getByText("25 members", { exact: true })).toBeVisible();

  // And it is found among the lists.
  await page.goto("/lists");
  await page.getByLabel("Search").fill(reportName);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: `Addressees — ${reportName}` }).click();
  await expect(page.getByRole("heading", { name: `Addressees — ${reportName}`, level: 1 })).toBeVisible();
});

/** Steps 1 and 2: the DCK report read under this name, up to its review. */
async function readReport(page: Page, reportName: string) {
  await page.goto("/contacts/from-report");
  await page.getByLabel("Report name").fill(reportName);
  await page.getByLabel("Report text").fill(fixture);
  await page.getByRole("button", { name: "Find contacts" }).click();
  await expect(page.getByRole("heading", { name: "2. Review the contacts" })).toBeVisible();
  return page.getByRole("list", { name: "Contacts found in the report" });
}

/** The review card of the row whose name is this one. */
const card = (review: Locator, name: string) => review.getByRole("listitem").filter({ has: review.page().getByRole("checkbox", { name: `Import ${name}`, exact: true }) });

/** How many contacts bear exactly this name, by the contacts search. */
async function contactsNamed(page: Page, name: string): Promise<number> {
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
  return page.getByRole("main").getByRole("link", { name, exact: true }).count();
}

// Rows that are existing contacts by their name and a phone, an organization or a web form (not
// only an e-mail) were created again at each import: three George Tseretelis after two imports.
const onlyByOtherChannels = [
  { name: "George Tsereteli", reason: "same name and phone +43 1 523 3002" },
  { name: "Ra’ad Zeid Al-Hussein", reason: "same name and phone +41 22 917 9220" },
  { name: "Justin Trudeau", reason: "same name and organization Office of the Prime Minister of Canada" },
  { name: "US Secretary of State", reason: "same name and web address https://register.state.gov/contactus/contactusform" },
];

test("importing a report twice updates the same contacts into one list, and a review submitted twice lands once", async ({ page, context }) => {
  test.setTimeout(120_000);
  const reportName = `DCK again ${Date.now()}`;
  await resumeSession(page, demo.officer);
  const counts: Record<string, number> = {};
  for (const { name } of onlyByOtherChannels) counts[name] = await contactsNamed(page, name);

  // First import: every row is an existing contact, each says why and is set to update it.
  let review = await readReport(page, reportName);
  for (const { name, reason } of onlyByOtherChannels) {
    const row = card(review, name);
    await expect(row.getByText(reason)).toBeVisible();
    await expect(row.getByRole("radio", { name: "Update the existing contact" })).toBeChecked();
  }
  await page.getByRole("button", { name: "Import 26 contacts" }).click();
  await expect(page.getByRole("heading", { name: "3. Imported" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("0 contacts created, 26 existing contacts updated");
  await expect(page.getByRole("status")).toContainText(`The new list “Addressees — ${reportName}” holds 26 contacts.`);
  const listHref = await page.getByRole("link", { name: "Open the list" }).getAttribute("href");

  // Second import of the same report under the same name: the same list, said before and after.
  await page.getByRole("button", { name: "Import another report" }).click();
  review = await readReport(page, reportName);
  await expect(page.getByText(`The list “Addressees — ${reportName}” already exists (26 members)`)).toBeVisible();
  for (const { name, reason } of onlyByOtherChannels) {
    const row = card(review, name);
    await expect(row.getByText(reason)).toBeVisible();
    await expect(row.getByRole("radio", { name: "Update the existing contact" })).toBeChecked();
  }
  // One row is made a new contact on purpose (renamed), so that importing twice would show.
  const renamed = `Justin Trudeau ${Date.now()}`;
  const trudeau = review.getByRole("listitem").nth(24);
  await expect(trudeau.getByRole("checkbox", { name: "Import Justin Trudeau", exact: true })).toBeVisible();
  await trudeau.getByLabel("Name of row 25", { exact: true }).fill(renamed);
  await trudeau.getByRole("radio", { name: "Create new" }).check();
  await expectAccessible(page);

  // The same review is submitted from a second tab while the first submit is on its way.
  const second = await context.newPage();
  let repeat: Promise<{ status: number; body: string }> | undefined;
  await page.route("**/contacts/from-report", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && !repeat && (request.postData() ?? "").includes("importKey")) {
      const headers = await request.allHeaders();
      repeat = second.request
        .post(request.url(), { headers: { accept: headers.accept, "content-type": headers["content-type"], "next-action": headers["next-action"], "next-router-state-tree": headers["next-router-state-tree"], origin: headers.origin }, data: request.postDataBuffer() ?? "" })
        .then(async (r) => ({ status: r.status(), body: await r.text() }));
    }
    await route.continue();
  });
  await page.getByRole("button", { name: "Import 26 contacts" }).click();
  await expect(page.getByRole("heading", { name: "3. Imported" })).toBeVisible();
  expect(repeat, "the import was submitted").toBeDefined();
  const other = await repeat!;
  expect(other.status).toBe(200);
  const listId = listHref!.split("/").pop()!;
  expect(other.body).toContain(listId);
  // Exactly one of the two was the first; the other got its result back.
  const shownAsRepeat = await page.getByText("This review had already been imported").count();
  expect(shownAsRepeat + (other.body.includes('"repeated":true') ? 1 : 0)).toBe(1);
  if (!shownAsRepeat) {
    await expect(page.getByRole("status")).toContainText("1 contact created, 25 existing contacts updated");
    await expect(page.getByRole("status")).toContainText(`Added to the existing list “Addressees — ${reportName}”: 1 new member, 27 in all.`);
  }
  await expect(page.getByRole("link", { name: "Open the list" })).toHaveAttribute("href", listHref!);
  await page.unroute("**/contacts/from-report");

  // Afterwards: one list of that name with 27 members, the renamed contact once, no duplicates.
  await page.getByRole("link", { name: "Open the list" }).click();
  await expect(page.getByText("27 members", { exact: true })).toBeVisible();
  await page.goto("/lists");
  await page.getByLabel("Search").fill(reportName);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("main").getByRole("link", { name: `Addressees — ${reportName}`, exact: true })).toHaveCount(1);
  expect(await contactsNamed(page, renamed)).toBe(1);
  for (const { name } of onlyByOtherChannels) expect(await contactsNamed(page, name), name).toBe(counts[name]);
});

// The review used to be a table of ~135 px inputs that cut values ("Kalmukhanbet I…").
for (const { device, viewport } of [{ device: "a laptop", viewport: { width: 1280, height: 800 } }, { device: "a phone", viewport: { width: 390, height: 844 } }]) {
  test(`the review shows every value whole on ${device}, still editable`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await resumeSession(page, demo.officer);
    const review = await readReport(page, `Layout check ${Date.now()}`);
    await expect(review.getByRole("listitem")).toHaveCount(26);
    const fields = review.locator("textarea");
    expect(await fields.count()).toBe(26 * 7);
    // No field needs scrolling to show its value, and the page does not scroll sideways.
    const cut = await fields.evaluateAll((els) =>
      (els as HTMLTextAreaElement[]).filter((el) => el.value && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)).map((el) => el.getAttribute("aria-label")),
    );
    expect(cut).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const name = page.getByLabel("Name of row 2", { exact: true });
    await expect(name).toHaveValue("Kalmukhanbet Kasymov");
    const title = page.getByLabel("Title of row 16", { exact: true });
    await expect(title).toHaveValue("OSCE PA Chair of the Committee on Democracy, Human Rights and Humanitarian Questions");
    await title.fill("OSCE PA Chair of the Committee on Democracy, Human Rights and Humanitarian Questions (2018)");
    await expect(title).toHaveValue(/\(2018\)$/);
    await expect(page.getByRole("radio", { name: "Update the existing contact" }).first()).toBeVisible();
    await expectAccessible(page);
  });
}

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
