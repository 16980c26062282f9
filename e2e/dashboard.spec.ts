import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

// The cases-by-status total of the dashboard, read from the figure's table view.
async function casesTotal(page: Page): Promise<number> {
  await page.getByText("Show as table: cases by status").click();
  const table = page.getByRole("table", { name: "Cases by status" });
  await expect(table).toBeVisible();
  return Number(await table.getByTestId("cases-total").textContent());
}

test("a manager filters the dashboard to a campaign and a range and follows a figure to its list", async ({ page }) => {
  test.slow(); // the dashboard and its lists, each scanned by axe
  await resumeSession(page, demo.manager);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.getByLabel("Campaign").selectOption({ label: "Magnitsky sanctions for Kazakhstan" });
  await page.getByLabel("From", { exact: true }).fill("2019-01-01");
  await page.getByLabel("To", { exact: true }).fill("2019-12-31");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/campaign=[0-9a-f-]{36}.*from=2019-01-01.*to=2019-12-31/);
  await expect(page.getByText(/Magnitsky sanctions for Kazakhstan,/)).toBeVisible();

  const tile = page.getByRole("link", { name: /^Events\s*\d/ });
  const events = Number(await tile.getByTestId("kpi-value").textContent());
  expect(events).toBeGreaterThan(0);
  // The charts are readable as tables.
  await page.getByText("Show as table: events per month").click();
  await expect(page.getByRole("table", { name: "Events per month" })).toBeVisible();
  await expectAccessible(page);

  await tile.click();
  await expect(page).toHaveURL(/\/events\?when=all&from=2019-01-01&to=2019-12-31&campaign=/);
  await expect(page.getByText(new RegExp(`of ${events} events`))).toBeVisible();
  await expect(page.getByRole("table", { name: "Events" }).getByRole("row")).toHaveCount(events + 1);
});

test("a viewer sees the dashboard without the restricted cases; figures download as CSV", async ({ page, browser }) => {
  test.slow();
  const manager = await (await browser.newContext()).newPage();
  await resumeSession(manager, demo.manager);
  await manager.goto("/dashboard");
  const all = await casesTotal(manager);
  // The restricted cases (the seed's and any fixture's) count for the manager only.
  await manager.goto("/cases?restricted=yes");
  const restricted = Number((await manager.getByText(/ of \d+ cases/).textContent())!.match(/of (\d+) cases/)![1]);
  expect(restricted).toBeGreaterThanOrEqual(2);

  await resumeSession(page, demo.viewer);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Cases by status" })).toBeVisible();
  expect(await casesTotal(page)).toBe(all - restricted);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV of cases by status" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^dashboard-cases-by-status-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith('\uFEFF"Status","Cases"')).toBe(true);
  const counted = csv.trim().split("\r\n").slice(1).reduce((sum, line) => sum + Number(line.split(",")[1].replaceAll('"', "")), 0);
  expect(counted).toBe(all - restricted);

  const anonymous = await (await browser.newContext()).request.get("/dashboard/export/cases-by-status", { maxRedirects: 0 });
  expect([307, 401]).toContain(anonymous.status());
});

test("a viewer follows “Appeals sent” to the appeals that went out in the range, the same count", async ({ page }) => {
  test.slow();
  await resumeSession(page, demo.viewer);
  await page.goto("/dashboard?from=2010-01-01");
  const tile = page.getByRole("link", { name: /^Appeals sent\s*\d/ });
  const sent = Number(await tile.getByTestId("kpi-value").textContent());
  expect(sent).toBeGreaterThan(0);
  await tile.click();
  // The list counts from its own filters: allow it a cold start.
  await expect(page).toHaveURL(/\/appeals\?status=sent_or_later&dated=sent&from=2010-01-01&to=\d{4}-\d{2}-\d{2}/, { timeout: 30_000 });
  await expect(page.getByRole("link", { name: /^Sent or later/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel("Dates by")).toHaveValue("sent");
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2010-01-01");
  await expect(page.getByText(new RegExp(`of ${sent} appeals`))).toBeVisible();
  await expect(page.getByRole("table", { name: "Appeals" }).getByRole("row")).toHaveCount(sent + 1);
  await expectAccessible(page);
});

// The demo seed dates its recent records from the day it ran (db/seed/data-recent.ts): the default
// view (the last twelve months, to today) is never a page of zeros for someone new to the app.
test("a newcomer signed in as manager opens the default dashboard: real figures, a median that is not negative", async ({ page }) => {
  test.slow();
  await resumeSession(page, demo.manager);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  const figures = page.getByRole("region", { name: "Key figures" });
  const tile = (label: string) => figures.getByRole("listitem").filter({ has: page.getByText(label, { exact: true }) });
  const value = async (label: string) => (await tile(label).getByTestId("kpi-value").textContent())!.trim();
  const count = async (label: string) => Number((await value(label)).replaceAll(",", ""));
  for (const label of ["Appeals drafted", "Awaiting approval", "Appeals sent", "Appeals answered", "Events", "Upcoming events"]) {
    expect(await count(label), label).toBeGreaterThan(0);
  }
  // Whole days from the day drafted to the day sent: a number of days, never below zero.
  const median = await value("Median draft → sent");
  expect(median).toMatch(/^\d+(\.\d)? days$/);
  expect(await value("Median sent → first reply")).toMatch(/^\d+(\.\d)? days$/);
  // Upcoming: from today on, whatever the range; the list behind it counts the same.
  const upcoming = await count("Upcoming events");
  await expect(tile("Upcoming events")).toContainText("from today on, whatever the range");
  await expectAccessible(page);
  await tile("Upcoming events").getByRole("link").click();
  await expect(page).toHaveURL(/\/events\?when=upcoming$/);
  await expect(page.getByText(new RegExp(`of ${upcoming} events`))).toBeVisible();
});
