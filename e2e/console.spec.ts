// The browser console stays clean: the main pages, opened as a manager, log no error and no
// hydration warning (a country name that differed between the server's ICU and Chromium's once
// broke hydration on every form with a country picker). And what is not there says so: an unknown
// address or a missing or hidden record answers 404 inside the app's frame with a way back, and
// every detail page's title names its record (never a record the user may not see).
import { expect, test, type Page } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { resumeSession } from "./helpers";

const seededRestrictedCase = "b590b4ff-2917-589a-9997-311f79d1c56e"; // Barlyk Mendigaziev, nobody assigned
const missingId = "00000000-0000-4000-8000-000000000000";
const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** Collects console errors, hydration warnings and uncaught errors of a page. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" || (message.type() === "warning" && /hydrat/i.test(text))) {
      problems.push(`${page.url()}: console ${message.type()}: ${text.slice(0, 500)}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: uncaught ${error.message.slice(0, 500)}`));
  return problems;
}

/** Opens a page and waits until it is hydrated and quiet, so late errors are caught too. */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

/** The first record linked from a list page, e.g. "/cases/<id>". */
async function firstRecord(page: Page, list: string, section = list): Promise<string> {
  await visit(page, list);
  const href = await page
    .locator(`main a[href^="${section}/"]`)
    .evaluateAll((links, pattern) => links.map((a) => a.getAttribute("href")!).find((h) => new RegExp(pattern).test(h)), `^${section}/${uuid}$`);
  expect(href, `a record linked from ${list}`).toBeTruthy();
  return href!;
}

test("the main pages log no console error or hydration warning, and detail titles name their record", async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await resumeSession(page, demo.manager);

  for (const path of [
    "/dashboard",
    "/contacts",
    "/contacts/new",
    "/organizations/new",
    "/cases",
    "/appeals",
    "/letters",
    "/events",
    "/events/new",
    "/lists",
    "/incoming",
    "/my-work",
    "/search?q=Kazakhstan",
  ]) {
    await visit(page, path);
  }

  // Detail pages: reached from their lists; the heading is the record's name, and so is the title.
  for (const [list, section] of [
    ["/contacts", "/contacts"],
    ["/organizations", "/organizations"],
    ["/campaigns", "/campaigns"],
    ["/cases", "/cases"],
    ["/appeals", "/appeals"],
    ["/letters", "/letters"],
    ["/events", "/events"],
    ["/lists", "/lists"],
    ["/incoming", "/incoming"],
  ] as const) {
    const detail = await firstRecord(page, list, section);
    await visit(page, detail);
    const name = (await page.getByRole("heading", { level: 1 }).first().textContent())!.trim();
    expect(name.length, `${detail} has a heading`).toBeGreaterThan(0);
    await expect(page, `${detail}'s title`).toHaveTitle(new RegExp(`: ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · Advocacy Desk$`));
  }

  expect(problems).toEqual([]);
});

test("an unknown address and a missing record answer 404 inside the app, with a way back", async ({ page }) => {
  await resumeSession(page, demo.manager);

  const unknown = await page.goto("/no-such-page/at-all");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Not found", exact: true })).toBeVisible();
  await expect(page).toHaveTitle("Not found · Advocacy Desk");
  await expect(page.getByRole("link", { name: "Go to the start page" })).toBeVisible();

  // "Go back" returns to the page the user came from.
  await page.goto("/cases");
  await page.goto(`/cases/${missingId}`);
  await expect(page.getByRole("heading", { name: "Not found", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Go back" }).click();
  await expect(page).toHaveURL(/\/cases$/);

  for (const path of [`/cases/${missingId}`, `/appeals/${missingId}`, `/contacts/${missingId}`, `/events/${missingId}/invitations`, `/letters/${missingId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Not found", exact: true })).toBeVisible();
  }
});

test("a restricted case is a 404 for a viewer, and its title does not name it", async ({ browser }) => {
  const viewer = await (await browser.newContext()).newPage();
  await resumeSession(viewer, demo.viewer);
  const response = await viewer.goto(`/cases/${seededRestrictedCase}`);
  expect(response?.status()).toBe(404);
  await expect(viewer.getByRole("heading", { name: "Not found", exact: true })).toBeVisible();
  await expect(viewer).toHaveTitle("Not found · Advocacy Desk");
  expect(await response!.text()).not.toContain("Mendigaziev");

  // The manager sees it, titled with its name.
  const manager = await (await browser.newContext()).newPage();
  await resumeSession(manager, demo.manager);
  expect((await manager.goto(`/cases/${seededRestrictedCase}`))?.status()).toBe(200);
  await expect(manager).toHaveTitle("Case: Barlyk Mendigaziev · Advocacy Desk");
});
