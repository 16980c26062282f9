import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

// Zhanara Akhmetova is a seeded case, not a contact: the journey adds her as a contact first, with
// a unique title so that reruns on the same database still pick out this run's record.
test("an officer adds a contact, finds “Жанара Ахметова” by typing “akhmetova”, and logs a call on her timeline", async ({ page }) => {
  const title = `Journalist in exile ${Date.now()}`;
  await resumeSession(page, demo.officer);
  await page.goto("/contacts");
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "New contact" }).click();
  await expect(page.getByRole("heading", { name: "New contact" })).toBeVisible();
  await expectAccessible(page);

  // Nothing to call her by yet: refused beside the field.
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page.getByText("Give a full name, or a first or last name.")).toBeVisible();

  await page.getByLabel("First name").fill("Жанара");
  await page.getByLabel("Last name").fill("Ахметова");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Country", { exact: true }).selectOption("UA");
  await page.getByRole("button", { name: "Add an e-mail address" }).click();
  await page.getByLabel("E-mail 1", { exact: true }).fill(`zhanara.${Date.now()}@example.org`);
  await expect(page.getByLabel("Primary e-mail 1")).toBeChecked();
  await page.getByRole("button", { name: "Add a phone number" }).click();
  await page.getByLabel("Phone 1", { exact: true }).fill("+380 44 000 00 00");
  await page.getByLabel("Web-form URL").fill("not a url");
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page.getByText("Enter a web address starting with http:// or https://.")).toBeVisible();
  await page.getByLabel("Web-form URL").fill("https://example.org/contact");
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page.getByRole("heading", { name: "Жанара Ахметова", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // Found from the Latin spelling, and from a typo.
  for (const q of ["akhmetova", "Akhmetva"]) {
    await page.goto("/contacts");
    await page.getByLabel("Search").fill(q);
    await page.getByLabel("Sort by").selectOption("updated");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${q}`));
    await expect(page.getByRole("row").filter({ hasText: title }).getByRole("link", { name: "Жанара Ахметова" })).toBeVisible();
  }
  await expectAccessible(page);
  await page.getByRole("row").filter({ hasText: title }).getByRole("link", { name: "Жанара Ахметова" }).click();
  await expect(page.getByRole("heading", { name: "Жанара Ахметова", level: 1 })).toBeVisible();

  const subject = `Call about her asylum appeal ${Date.now()}`;
  const form = page.getByRole("form", { name: "Log an activity" });
  await form.getByLabel("Kind").selectOption("call");
  await expect(form.getByLabel("When")).not.toHaveValue("");
  await form.getByLabel("Subject").fill(subject);
  await form.getByLabel("Details").fill("She confirmed the hearing date.");
  await form.getByRole("button", { name: "Log activity" }).click();
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline.getByText(subject)).toBeVisible();
  await expect(timeline.getByRole("listitem").filter({ hasText: subject }).getByText("Call", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Edit keeps the e-mail and phone, and the profile shows them as links.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Phone 1", { exact: true })).toHaveValue("+380 44 000 00 00");
  await page.getByLabel("Salutation").fill("Dear Ms Akhmetova");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Dear Ms Akhmetova")).toBeVisible();
  await expect(page.getByRole("link", { name: /^zhanara\./ })).toHaveAttribute("href", /^mailto:/);
});

test("organizations list and detail are searchable and accessible", async ({ page }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/organizations");
  await expect(page.getByRole("heading", { name: "Organizations", level: 1 })).toBeVisible();
  await expectAccessible(page);
  const first = page.getByRole("table", { name: "Organizations" }).getByRole("link").first();
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  await expectAccessible(page);
});

test("a viewer reads contacts without any edit control", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.goto("/contacts");
  await expect(page.getByRole("link", { name: "New contact" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("table", { name: "Contacts" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Log an activity" })).toHaveCount(0);
  await expectAccessible(page);
  const url = page.url();
  await page.goto(`${url}/edit`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.goto("/contacts/new");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.goto("/organizations");
  await expect(page.getByRole("link", { name: "New organization" })).toHaveCount(0);
});
