import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

// The seed's case "Zhanara Akhmetova" (Жанара Ахметова): found from the Latin "akhmet".
test("a viewer opens the palette with Ctrl+K, finds a case from Latin letters and opens it with the keyboard", async ({ page }) => {
  test.slow(); // pages and an open dialog, each scanned by axe
  await resumeSession(page, demo.viewer);
  await page.goto("/contacts");
  await page.keyboard.press("Control+K");
  const dialog = page.getByRole("dialog", { name: "Search everywhere" });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole("combobox");
  await expect(input).toBeFocused();

  await input.fill("akhmet");
  const option = dialog.getByRole("group", { name: "Cases" }).getByRole("option", { name: /Жанара Ахметова/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText("Zhanara Akhmetova");
  await expectAccessible(page);

  // Arrow keys move the active option; Enter opens it.
  for (let i = 0; i < 40 && (await option.getAttribute("aria-selected")) !== "true"; i++) await input.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await input.press("Enter");
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Zhanara Akhmetova", level: 1 })).toBeVisible();
  await expect(dialog).toBeHidden();
});

test("the header's Search button opens the palette; a click opens a result, Esc closes, and nothing found says so", async ({ page }) => {
  test.slow();
  await resumeSession(page, demo.viewer);
  await page.goto("/cases");
  const button = page.getByRole("banner").getByRole("button", { name: "Search" });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Search everywhere" });
  const input = dialog.getByRole("combobox");
  await expect(input).toBeFocused();

  await input.fill("qxzwvqxzwv");
  await expect(dialog.getByRole("status")).toHaveText("No matches for “qxzwvqxzwv”.");
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await dialog.getByRole("combobox").fill("Ахметова");
  await dialog.getByRole("group", { name: "Cases" }).getByRole("option", { name: /Zhanara Akhmetova/ }).click();
  await expect(page.getByRole("heading", { name: "Zhanara Akhmetova", level: 1 })).toBeVisible();
});

test("the results page (a plain GET form) lists more of every type and links to each", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.goto("/search");
  await page.getByRole("searchbox", { name: "Search" }).fill("kazakhstan");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=kazakhstan$/);
  for (const type of ["Contacts", "Organizations", "Appeals", "Letters", "Events", "Campaigns"]) {
    await expect(page.getByRole("heading", { name: type, level: 2 })).toBeVisible();
  }
  await expectAccessible(page);
  await page.getByRole("link", { name: "Halt the extradition of Zhanara Akhmetova" }).click();
  await expect(page).toHaveURL(/\/appeals\/[0-9a-f-]{36}$/);
});
