import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

// The five seeded members of the EP's sample list, plus three members unique to this run (letters
// only, as surnames are), so reruns on the same database still see exactly three new MEPs.
function rosterXml(surnames: string[]): Buffer {
  const sample = readFileSync(path.join(process.cwd(), "lib/import/testdata/rosters/ep-meps-sample.xml"), "utf8");
  const extra = surnames
    .map(
      (s, i) =>
        `<mep><fullName>Oksana ${s.toUpperCase()}</fullName><country>Pologne</country><politicalGroup>Groupe Renew Europe</politicalGroup>` +
        `<id>e2e-${s}-${i}</id><nationalPoliticalGroup>Polska 2050</nationalPoliticalGroup></mep>`,
    )
    .join("");
  return Buffer.from(sample.replace("</meps>", `${extra}</meps>`));
}

/**
 * The sample list of 60 MEPs (lib/import/testdata/rosters/meps-current-term.csv) made unique to this
 * run: surnames, e-mails and EP ids carry the run's letters, so reruns on one database see 60 new.
 */
function mepCsv(run: string, edit: (line: string) => string = (l) => l): Buffer {
  const [header, ...lines] = readFileSync(path.join(process.cwd(), "lib/import/testdata/rosters/meps-current-term.csv"), "utf8").trim().split("\n");
  const rows = lines.map((line) => {
    const cells = line.split(",");
    cells[1] = `${cells[1]}${run}`;
    cells[2] = cells[2].replace("@", `.${run}@`);
    cells[9] = `${run}-${cells[9]}`;
    return edit(cells.join(","));
  });
  return Buffer.from([header, ...rows].join("\n"));
}

const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));

test("an officer previews and imports the EP list of MEPs, then finds a new MEP with their group", async ({ page }) => {
  const run = letters(Date.now());
  const surnames = ["Wisniewska", "Zielinska", "Kaminska"].map((s) => `${s}${run}`);
  await resumeSession(page, demo.officer);
  await page.goto("/contacts/rosters");
  await expect(page.getByRole("heading", { name: "Parliament rosters", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // Nothing chosen: refused beside the field.
  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(page.getByText("Choose a file.")).toBeVisible();

  await page.getByLabel("Parliamentary body").selectOption("european_parliament");
  await page.getByLabel(/^File( \*)?$/).setInputFiles({ name: "ep-meps-e2e.xml", mimeType: "application/xml", buffer: rosterXml(surnames) });
  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(page.getByRole("heading", { name: /Preview of “ep-meps-e2e.xml”: 8 members listed/ })).toBeVisible();
  await expect(page.getByTestId("count-new")).toHaveText("3");
  const changes = page.getByRole("table", { name: /changes/ });
  await expect(changes.getByRole("row").filter({ hasText: `Oksana ${surnames[0]}` })).toContainText("PL · Renew Europe");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Apply changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported “ep-meps-e2e.xml”: 3 new" })).toBeVisible();
  await expectAccessible(page);

  // The same file again changes nothing.
  await page.getByLabel(/^File( \*)?$/).setInputFiles({ name: "ep-meps-e2e.xml", mimeType: "application/xml", buffer: rosterXml(surnames) });
  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(page.getByTestId("count-unchanged")).toHaveText("8");
  await expect(page.getByText("Nothing to change: the contacts already match this file.")).toBeVisible();

  await page.goto("/contacts");
  await page.getByLabel("Search").fill(surnames[1]);
  await page.getByRole("button", { name: "Apply" }).click();
  const row = page.getByRole("row").filter({ hasText: `Oksana ${surnames[1]}` });
  await expect(row).toContainText("European Parliament · PL · Renew Europe");
  await expect(row).toContainText("MEP");
  await expectAccessible(page);
});

test("an officer imports the current-term CSV of MEPs as the EP roster: previewed, imported, then an update previewed field by field", async ({ page }) => {
  const run = letters(Date.now());
  await resumeSession(page, demo.officer);
  await page.goto("/contacts/rosters");
  await page.getByLabel("Parliamentary body").selectOption("european_parliament");
  await page.getByLabel(/^File( \*)?$/).setInputFiles({ name: "meps-e2e.csv", mimeType: "text/csv", buffer: mepCsv(run) });
  // The list's date is proposed from the file's own.
  await expect(page.getByLabel("Date of the list")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(page.getByRole("heading", { name: /Preview of “meps-e2e.csv”: 60 members listed/ })).toBeVisible();
  await expect(page.getByTestId("count-new")).toHaveText("60");
  const changes = page.getByRole("table", { name: /changes/i });
  await expect(changes.getByRole("row").filter({ hasText: `Anneliese Brandstätter${run}` })).toContainText("AT · EPP");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Apply changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported “meps-e2e.csv”: 60 new" })).toBeVisible();

  // A later list: Todor Iliev has moved to Renew. The preview says so, before → after.
  const moved = mepCsv(run, (line) => (line.startsWith("Todor,") ? line.replace(",EPP,", ",Renew,") : line));
  await page.getByLabel(/^File( \*)?$/).setInputFiles({ name: "meps-e2e-2.csv", mimeType: "text/csv", buffer: moved });
  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(page.getByTestId("count-updated")).toHaveText("1");
  await expect(page.getByTestId("count-unchanged")).toHaveText("59");
  await expect(changes.getByRole("row").filter({ hasText: `Todor Iliev${run}` })).toContainText("group: EPP → Renew Europe");
  await expectAccessible(page);

  // The MEPs are contacts of the European Parliament with their country and group.
  await page.goto("/contacts");
  await page.getByLabel("Search").fill(`Vervoort${run}`);
  await page.getByRole("button", { name: "Apply" }).click();
  const row = page.getByRole("row").filter({ hasText: `Maarten Vervoort${run}` });
  await expect(row).toContainText("European Parliament · BE · Renew Europe");
  await expect(row).toContainText("MEP");
});

test("a roster file over 10 MB is refused in the browser with its size, and nothing is sent", async ({ page }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/contacts/rosters");
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.getByLabel("Parliamentary body").selectOption("pace");
  await page.getByLabel(/^File( \*)?$/).setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(11 * 1024 * 1024, "a") });
  const message = page.getByText("This file is 11 MB; the limit is 10 MB.");
  await expect(message).toBeVisible();
  await expect(page.getByLabel(/^File( \*)?$/)).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Preview changes" }).click();
  await expect(message).toBeVisible();
  await expect(page.getByRole("button", { name: "Preview changes" })).toBeEnabled();
  // Sending would start at once (the file is read, then posted): give it the time to show.
  await page.waitForTimeout(1_000);
  expect(posts, "requests sent for an oversized file").toEqual([]);
  await expectAccessible(page);
});

test("a viewer cannot reach the roster import", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.goto("/contacts/rosters");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectAccessible(page);
});
