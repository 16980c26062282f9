import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

test("the sign-in page is accessible and anonymous visitors are sent to it", async ({ page }) => {
  await page.goto("/campaigns");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcampaigns/);
  await expect(page.getByRole("heading", { name: "Advocacy Desk" })).toBeVisible();
  await expectAccessible(page);
});

const sections = ["My work", "Dashboard", "Contacts", "Organizations", "Lists", "Campaigns", "Cases", "Appeals", "Events"];
// Incoming requests for help are only for those who handle cases.
const caseWork = [...sections, "Incoming", "Letters"];
const readOnly = [...sections, "Letters"];
const expectations = [
  { role: "admin", email: demo.admin, nav: [...caseWork, "Users", "Audit log"], canCreate: true },
  { role: "manager", email: demo.manager, nav: caseWork, canCreate: true },
  { role: "coordinator", email: demo.coordinator, nav: readOnly, canCreate: false },
  { role: "officer", email: demo.officer, nav: caseWork, canCreate: false },
  { role: "viewer", email: demo.viewer, nav: readOnly, canCreate: false },
] as const;

for (const { role, email, nav, canCreate } of expectations) {
  test(`${role} signs in and sees what the role allows`, async ({ page }) => {
    await resumeSession(page, email);
    await expect(page).toHaveURL(/\/campaigns$/);
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveText([...nav]);
    await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(canCreate ? 1 : 0);
    await expect(page.getByRole("table", { name: "Campaigns" })).toBeVisible();
    await expectAccessible(page);

    if (role !== "admin") {
      // The admin screens are not merely hidden from the menu: they do not exist for this role.
      await page.goto("/admin/users");
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
  });
}

test("security headers are present on signed-in pages", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  const response = await page.goto("/campaigns");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["cache-control"]).toContain("no-store");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
