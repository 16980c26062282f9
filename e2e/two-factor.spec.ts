import { expect, test, type Page } from "@playwright/test";
import { currentStep, totpCode } from "../lib/auth/totp";
import { password } from "./fixtures/accounts";
import { newcomer } from "./fixtures/two-factor";
import { expectAccessible } from "./helpers";

async function passwordStep(page: Page) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(newcomer.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function signOut(page: Page) {
  // The menu opens only once the page is hydrated: click again until it does.
  await expect(async () => {
    await page.getByRole("button", { name: new RegExp(newcomer.name) }).click();
    await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Authentication code or recovery code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("a manager without a second factor enrols at sign-in, then signs in with a code; a recovery code works once", async ({ page }) => {
  test.slow(); // four sign-ins in one journey
  const nav = page.getByRole("navigation", { name: "Main" });

  // Password accepted, but the app stays closed until the second factor is set up.
  await passwordStep(page);
  await expect(page).toHaveURL(/\/login\/two-factor\/enrol/);
  await expect(page.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/campaigns");
  await expect(page).toHaveURL(/\/login\/two-factor\/enrol/);

  // "Scanning": the key shown for manual entry gives the same codes as the app would.
  const secret = (await page.locator("#totp-secret").innerText()).replace(/\s/g, "");
  const enrolStep = currentStep();
  await page.getByLabel("Code from the app").fill(totpCode(secret, enrolStep));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const recovery = await list.getByRole("listitem").allInnerTexts();
  await expectAccessible(page);
  await page.getByRole("link", { name: /continue/ }).click();
  await expect(nav).toBeVisible();

  // Next sign-in: password, then the code step, which is accessible and keeps the app closed.
  await signOut(page);
  await passwordStep(page);
  await expect(page).toHaveURL(/\/login\/two-factor/);
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  await expectAccessible(page);
  await enterCode(page, "000000");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not right");
  await expectAccessible(page);
  // The enrolment code's time step is spent: the next step's code (accepted for clock drift).
  await enterCode(page, totpCode(secret, Math.max(currentStep(), enrolStep + 1)));
  await expect(nav).toBeVisible();

  // A recovery code works once.
  await signOut(page);
  await passwordStep(page);
  await enterCode(page, recovery[0]);
  await expect(nav).toBeVisible();
  await signOut(page);
  await passwordStep(page);
  await enterCode(page, recovery[0]);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not right");
  await enterCode(page, recovery[1]);
  await expect(nav).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText("8 of 10 recovery codes left")).toBeVisible();
  await expectAccessible(page);
});
