import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { currentStep, totpCode, totpPeriod } from "../lib/auth/totp";
import { demo, password } from "./fixtures/accounts";
import { e2eTotpSecret } from "./fixtures/two-factor";

/** Where e2e/auth.setup.ts stores the session of each demo account (git-ignored). */
export const authDir = path.join(path.dirname(fileURLToPath(import.meta.url)), ".auth");
export const authFile = (role: keyof typeof demo) => path.join(authDir, `${role}.json`);

export type DemoEmail = (typeof demo)[keyof typeof demo];

/**
 * Opens the app as a demo account without signing in again: the page's browser context gets the
 * session e2e/auth.setup.ts stored for that account (one real sign-in per run, before the
 * journeys), and the page ends on the campaigns page with the menu showing, as after
 * signIn(). Journeys must never end such a session: signing out, deactivating, changing the role or
 * password of, or resetting the second factor of a demo account would sign out every journey after
 * it. Those journeys use their own accounts (`extra` in fixtures/accounts.ts) and signIn(), as the
 * journeys about signing in do.
 */
export async function resumeSession(page: Page, email: DemoEmail): Promise<void> {
  const role = (Object.keys(demo) as (keyof typeof demo)[]).find((r) => demo[r] === email)!;
  const { cookies } = JSON.parse(await readFile(authFile(role), "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await page.context().addCookies(cookies);
  // The home page itself ("/" sends on to it from the browser, which a check could race).
  await page.goto("/campaigns");
  if (new URL(page.url()).pathname.startsWith("/login")) {
    throw new Error(`The stored session of ${email} has ended: a journey signed it out or changed the account (see resumeSession).`);
  }
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** A real sign-in through the sign-in page (and the code step for an account with a second factor). */
export async function signIn(page: Page, email: string, pass = password): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(pass);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  const codeField = page.getByLabel("Authentication code or recovery code");
  await expect(nav.or(codeField)).toBeVisible();
  if (await codeField.isVisible()) await enterCurrentCode(page);
  await expect(nav).toBeVisible();
}

/**
 * The code step for the accounts e2e/fixtures/two-factor.ts enrolled. The product refuses a code
 * whose 30-second step was already used, and two workers (or two pages of one journey) often sign
 * in as the same admin or manager within one step. So: try the current step, then the next one
 * (the server accepts one step of clock drift either way), and only when both are spent wait for
 * the step to turn. Waits are rare and short; replay protection stays exactly as in production.
 * Each attempt reloads the code page so that an old error message is never mistaken for the answer.
 */
async function enterCurrentCode(page: Page): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Main" });
  const alert = page.getByRole("main").getByRole("alert");
  let step = currentStep();
  for (let attempt = 0; attempt < 12; attempt++) {
    while (step > currentStep() + 1) {
      const wait = totpPeriod * 1000 - (Date.now() % (totpPeriod * 1000)) + 250;
      // Waiting for the clock is not the journey being slow: it does not eat the test's budget.
      test.info().setTimeout(test.info().timeout + wait);
      await page.waitForTimeout(wait);
    }
    if (attempt > 0) await page.goto("/login/two-factor");
    await page.getByLabel("Authentication code or recovery code").fill(totpCode(e2eTotpSecret, step));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(nav.or(alert)).toBeVisible();
    if (await nav.isVisible()) return;
    await expect(alert).toContainText("already used");
    step = Math.max(step + 1, currentStep());
  }
  throw new Error("No authentication code was accepted.");
}

/** Every page a journey visits is scanned: no WCAG 2.x A/AA violation may remain. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  // Metadata streams with the page: right after a refresh the <title> may not be back yet.
  await expect.poll(() => page.title()).not.toBe("");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}
