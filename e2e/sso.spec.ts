// Single sign-on against a real OpenID Connect provider (e2e/fixtures/oidc-provider.mjs), which
// scripts/test-all.sh starts and configures the app for. Without OIDC_ISSUER the journeys are
// skipped: the app then shows no single sign-on at all (lib/auth/oidc.test.ts checks that).
import { expect, test, type Page } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { expectAccessible } from "./helpers";

const idpName = process.env.OIDC_NAME || "single sign-on";
test.skip(!process.env.OIDC_ISSUER || !process.env.AUTH_SECRET, "single sign-on is not configured (OIDC_ISSUER unset)");

/** Starts at the sign-in page and signs in at the test identity provider as `username`. */
async function signInWithSso(page: Page, username: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: `Sign in with ${idpName}` }).click();
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await page.getByLabel("Username").fill(username);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function expectNoSession(page: Page) {
  await page.goto("/campaigns");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
}

test("the sign-in page offers single sign-on and passes the accessibility scan", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: `Sign in with ${idpName}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("a verified e-mail of an active account signs in as that account, with only a session id in the cookie", async ({ page, context }) => {
  await signInWithSso(page, "officer");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  // The app's own account (Olena Officer, officer), not the name the identity provider sent.
  await expect(page.getByRole("button", { name: /Olena Officer/ })).toBeVisible();
  await expect(page.getByText("Olena at the IdP")).toHaveCount(0);

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session, "Auth.js session cookie").toBeTruthy();
  // Nothing from the identity provider (tokens, name, e-mail): the session id, this app's user id
  // and the JWT's own dates.
  const token = await decode({ token: session!.value, secret: process.env.AUTH_SECRET!, salt: session!.name });
  expect(Object.keys(token ?? {}).sort()).toEqual(["exp", "iat", "jti", "sid", "sub"]);

  // The session is a real server-side one: signing out ends it.
  await page.getByRole("button", { name: /Olena Officer/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
});

test("an e-mail address without an account is refused, and no session is opened", async ({ page }) => {
  await signInWithSso(page, "stranger");
  await expect(page).toHaveURL(/\/login\?sso=no_account/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("No active Advocacy Desk account uses the e-mail address");
  await expectAccessible(page);
  await expectNoSession(page);
});

test("an e-mail address the identity provider has not verified is refused, even though an account has it", async ({ page }) => {
  await signInWithSso(page, "unverified");
  await expect(page).toHaveURL(/\/login\?sso=unverified/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("did not confirm your e-mail address");
  await expectNoSession(page);
});
