import { expect, test, type Page } from "@playwright/test";
import { demo, extra, password } from "./fixtures/accounts";
import { resumeSession, signIn } from "./helpers";

// Open-redirect variants, as a browser sends them in the query string (already encoded once).
const hostileCallbacks = [
  "%2F%09%2Fevil.example",
  "%2F%0D%0A%2Fevil.example",
  "%2F%5Cevil.example",
  "%5C%2Fevil.example",
  "%2F%2Fevil.example",
  "%252F%252Fevil.example",
  "%2F%252F%252Fevil.example",
  "https%3Aevil.example",
  "%2F%2Fevil.example%2Fpath",
  "%2F%09%2F%2Fevil.example",
];

/**
 * Where a signed-in user's visit to a sign-in page ends, once every redirect has run (a redirect
 * may happen in the browser after the page started streaming: wait until it has arrived).
 */
async function landing(page: Page, path: string): Promise<URL> {
  await page.goto(path);
  // "/" itself sends on to the home page.
  await page.waitForURL((url) => !url.pathname.startsWith("/login") && url.pathname !== "/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  return new URL(page.url());
}

test("a callbackUrl cannot send a signed-in user to another site, at once or after the code step", async ({ page, baseURL }) => {
  test.setTimeout(180_000); // twenty navigations, each followed to its end
  const origin = new URL(baseURL!).origin;
  await resumeSession(page, demo.viewer);
  for (const callback of hostileCallbacks) {
    const url = await landing(page, `/login?callbackUrl=${callback}`);
    expect(url.origin, callback).toBe(origin);
    expect(url.pathname, callback).not.toMatch(/evil/);
  }
  for (const callback of hostileCallbacks) {
    const url = await landing(page, `/login/two-factor?callbackUrl=${callback}`);
    expect(url.origin, callback).toBe(origin);
  }
  // A path of the app itself is kept.
  expect((await landing(page, "/login?callbackUrl=%2Fcontacts%3Fcountry%3DKZ")).pathname).toBe("/contacts");
});

test("signing in with a hostile callbackUrl lands on the app", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const callback of ["%2F%09%2Fevil.example", "%2F%5Cevil.example"]) {
    await page.goto(`/login?callbackUrl=${callback}`);
    await page.getByLabel("E-mail").fill(demo.officer);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
    await page.context().clearCookies();
  }
});

test("page scripts cannot read the session id", async ({ page }) => {
  await signIn(page, demo.viewer);
  const session = await page.evaluate(async () => (await fetch("/api/auth/session")).json());
  expect(session).toHaveProperty("expires");
  expect(JSON.stringify(session)).not.toMatch(/sid/);
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/authjs/);
});

test("an officer promoted to manager while signed in must set up the second factor on the next request", async ({ browser }) => {
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, extra.toPromote.email);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  await admin.goto(`/admin/users?q=${encodeURIComponent(extra.toPromote.email)}`);
  await admin.getByRole("link", { name: extra.toPromote.name }).click();
  await admin.getByRole("form", { name: "Change role" }).getByLabel("Role").selectOption("manager");
  await admin.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByText(/Role changed to Manager/)).toBeVisible();

  // Same cookie, next click: the enrolment step, not manager rights.
  await officer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Campaigns" }).click();
  await expect(officer).toHaveURL(/\/login\/two-factor/);
  await officer.goto("/admin/users");
  await expect(officer).toHaveURL(/\/login/);
});
