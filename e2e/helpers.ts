import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { currentStep, totpCode, totpPeriod } from "../lib/auth/totp";
import { password } from "./fixtures/accounts";
import { e2eTotpSecret } from "./fixtures/two-factor";

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
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}
