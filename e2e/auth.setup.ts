// The "setup" project of playwright.config.ts, run before the journeys: each demo account signs in
// once through the sign-in page (the admin and the manager with their authentication code), and
// its session is stored in e2e/.auth/<role>.json (git-ignored). The journeys then open the app with
// resumeSession() (e2e/helpers.ts) instead of signing in again: about seventy sign-ins, and the
// waits for a fresh code step, fewer per run. The journeys about signing in itself (sessions,
// security-sign-in, two-factor, sso) still sign in for real.
import { mkdirSync } from "node:fs";
import { expect, test as setup } from "@playwright/test";
import { homePath } from "../lib/auth/policy";
import { demo } from "./fixtures/accounts";
import { authDir, authFile, signIn } from "./helpers";

setup.describe.configure({ mode: "parallel" });

for (const role of Object.keys(demo) as (keyof typeof demo)[]) {
  setup(`${role} signs in, and the session is stored`, async ({ page }) => {
    mkdirSync(authDir, { recursive: true });
    await signIn(page, demo[role]);
    // A sign-in lands on the role's home: the dashboard for managers and admins, My work for the others.
    await expect(page).toHaveURL(new RegExp(`${homePath(role)}$`));
    await page.context().storageState({ path: authFile(role) });
  });
}
