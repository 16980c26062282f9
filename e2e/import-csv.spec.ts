import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import iconv from "iconv-lite";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

// A partner's spreadsheet saved by Excel on Russian Windows: Windows-1251, semicolons, and one
// e-mail written against spam harvesters on line 3. Surnames are made fresh for each run (with
// their Latin spelling) so that "nothing was imported" can be checked by searching for them.
const syllables: Array<[string, string]> = [["ка", "ka"], ["ло", "lo"], ["ми", "mi"], ["ну", "nu"], ["ре", "re"], ["са", "sa"], ["то", "to"]];
function surname(): { cyrillic: string; latin: string } {
  const picked = Array.from({ length: 4 }, () => syllables[Math.floor(Math.random() * syllables.length)]);
  return { cyrillic: `Бек${picked.map((s) => s[0]).join("")}ова`, latin: `Bek${picked.map((s) => s[1]).join("")}ova` };
}

const run = Date.now().toString(36);
const people = [surname(), surname(), surname()];
const names = [`Жанара ${people[0].cyrillic}`, `Айгуль ${people[1].cyrillic}`, `Ержан ${people[2].cyrillic}`];

function csv(fixed: boolean): Buffer {
  const text = [
    "Фамилия;Имя;Должность;Организация;Эл. почта;Телефон;Страна",
    `${people[0].cyrillic};Жанара;Директор;Бюро по правам человека;zhanara.${run}@example.kz;+7 727 222 33 44;Казахстан`,
    `${people[1].cyrillic};Айгуль;Юрист;Общественный фонд «Бірлік»;${fixed ? `aigul.${run}@example.kz` : `aigul.${run} [at] example.kz`};;Киргизия`,
    `${people[2].cyrillic};Ержан;Советник;Министерство иностранных дел;erzhan.${run}@example.kz;;Казахстан`,
  ].join("\r\n");
  return iconv.encode(text, "win1251");
}

async function uploadAndCheck(page: Page, buffer: Buffer) {
  await page.goto("/contacts/import");
  await expect(page.getByRole("heading", { name: "Import contacts from CSV", level: 1 })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles({ name: `partners-${run}.csv`, mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("read as Windows-1251 (Cyrillic), separated by semicolon")).toBeVisible();
  await expect(page.getByLabel("Field for column “Фамилия”")).toHaveValue("lastName");
  await expect(page.getByLabel("Field for column “Эл. почта”")).toHaveValue("email");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByRole("heading", { name: "Check result" })).toBeVisible();
}

async function search(page: Page, q: string) {
  await page.goto("/contacts");
  await page.getByLabel("Search").fill(q);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${q}`));
}

test("an officer's Windows-1251 CSV with a bad row is refused whole, then imported once fixed", async ({ page }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/contacts");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page).toHaveURL(/\/contacts\/import$/);
  await expectAccessible(page);

  await uploadAndCheck(page, csv(false));
  const problems = page.getByRole("table", { name: /^Rows with problems/ });
  await expect(problems.getByRole("row").filter({ hasText: `aigul.${run} [at] example.kz` }).getByRole("cell").first()).toHaveText("3");
  await expect(page.getByText("Fix these rows in the file and upload it again — nothing has been imported.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ rows?$/ })).toBeDisabled();
  await expectAccessible(page);

  // Nothing of the file reached the contacts.
  await search(page, people[0].latin);
  await expect(page.getByRole("link", { name: names[0] })).toHaveCount(0);

  await uploadAndCheck(page, csv(true));
  await expect(page.getByText("3 of 3 rows are ready to import.")).toBeVisible();
  await expect(page.getByRole("table", { name: /^Rows with problems/ })).toHaveCount(0);
  await page.getByLabel("Update the existing contact with the row’s values").check();
  await expect(page.getByLabel("List name")).toHaveValue(new RegExp(`^partners-${run} \\d{4}-\\d{2}-\\d{2}$`));
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
  await expect(page.getByText(`partners-${run}.csv: 3 contacts created, 0 updated, 0 skipped`)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "See the imported contacts" }).click();
  await expect(page).toHaveURL(/list=[0-9a-f-]{36}/);
  for (const name of names) await expect(page.getByRole("link", { name })).toBeVisible();

  // Found by the Latin spelling of the Cyrillic surname.
  await search(page, people[1].latin);
  await expect(page.getByRole("link", { name: names[1] })).toBeVisible();
  await expectAccessible(page);
});

test("a list of MEPs with EP delegations (D-KZ) and 'members of European Parliament' is accepted whole and imported as MEPs", async ({ page }) => {
  // The sample list of 60 MEPs, with this run's letters in surnames and e-mails.
  const tag = run.replace(/[^a-z]/g, "x");
  const [header, ...lines] = readFileSync(path.join(process.cwd(), "lib/import/testdata/rosters/meps-current-term.csv"), "utf8").trim().split("\n");
  const rows = lines.map((line) => {
    const cells = line.split(",");
    cells[1] = `${cells[1]}${tag}`;
    cells[2] = cells[2].replace("@", `.${tag}@`);
    return cells.join(",");
  });
  await resumeSession(page, demo.officer);
  await page.goto("/contacts/import");
  await page.getByLabel("CSV file").setInputFiles({ name: `meps-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  // The EP delegation column is text (committees), not the national delegation; epid and twitter are not imported.
  await expect(page.getByLabel("Field for column “delegation”")).toHaveValue("committees");
  await expect(page.getByLabel("Field for column “eugroup”")).toHaveValue("politicalGroup");
  await expect(page.getByLabel("Field for column “epid”")).toHaveValue("ignore");
  await page.getByLabel("These are members of").selectOption("european_parliament");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByText("60 of 60 rows are ready to import.")).toBeVisible();
  await expect(page.getByRole("table", { name: /^Rows with problems/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Import 60 rows" }).click();
  await expect(page.getByText(`meps-${run}.csv: 60 contacts created, 0 updated, 0 skipped`)).toBeVisible();
  await expectAccessible(page);

  await search(page, `Vervoort${tag}`);
  const row = page.getByRole("row").filter({ hasText: `Maarten Vervoort${tag}` });
  await expect(row).toContainText("European Parliament · BE · Renew Europe");
  await expect(row).toContainText("MEP");
});

test("a CSV file over 10 MB is refused in the browser with its size, and nothing is sent", async ({ page }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/contacts/import");
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.getByLabel("CSV file").setInputFiles({ name: `huge-${run}.csv`, mimeType: "text/csv", buffer: Buffer.alloc(11 * 1024 * 1024, "a") });
  await expect(page.getByText("This file is 11 MB; the limit is 10 MB. Split it into smaller files.")).toBeVisible();
  await expect(page.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "Upload and preview" })).toBeDisabled();
  await page.waitForTimeout(1_000);
  expect(posts, "requests sent for an oversized file").toEqual([]);
  await expectAccessible(page);
});

test("a viewer cannot open the import", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.goto("/contacts");
  await expect(page.getByRole("link", { name: "Import CSV" })).toHaveCount(0);
  await page.goto("/contacts/import");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectAccessible(page);
});
