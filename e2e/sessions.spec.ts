import { expect, test } from "@playwright/test";
import { demo, extra, password } from "./fixtures/accounts";
import { expectAccessible, signIn } from "./helpers";

test("a wrong password gets the same message as an unknown e-mail; the sixth attempt is refused", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("nobody@nowhere.test");
  await page.getByLabel("Password").fill("whatever-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail address or password is incorrect.");

  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("E-mail").fill(extra.lockout.email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const expected = attempt < 5 ? "The e-mail address or password is incorrect." : /Too many failed attempts/;
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(expected);
  }
  // Sixth attempt, now with the right password: still refused while the lock lasts.
  await page.getByLabel("E-mail").fill(extra.lockout.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed attempts");
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);
});

test("signing out ends the session on the server", async ({ page, context }) => {
  await signIn(page, demo.officer);
  const cookies = await context.cookies();
  await page.getByRole("button", { name: /Olena Officer/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  // Replaying the old cookie does not bring the session back.
  await context.addCookies(cookies);
  await page.goto("/campaigns");
  await expect(page).toHaveURL(/\/login/);
});

test("a deactivated user is signed out on their next click", async ({ browser }) => {
  const userPage = await (await browser.newContext()).newPage();
  await signIn(userPage, extra.toDeactivate.email);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  // Straight to the filtered URL: typing into the filter before the page hydrates can be lost on a
  // loaded machine, and the account is then on a later page.
  await admin.goto(`/admin/users?q=${encodeURIComponent(extra.toDeactivate.email)}`);
  await admin.getByRole("link", { name: extra.toDeactivate.name }).click();
  await admin.getByRole("button", { name: "Deactivate" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: /Deactivate/ }).click();
  await expect(admin.getByText("Deactivated", { exact: true }).first()).toBeVisible();

  await userPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Campaigns" }).click();
  await expect(userPage).toHaveURL(/\/login/);
});
