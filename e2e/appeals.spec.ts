import { readFile } from "node:fs/promises";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test, type Page } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession, type DemoEmail } from "./helpers";

// The seeded list of the 26 addressees of the 2018 report on the DCK ban (db/seed/insert-directory.ts).
const REPORT_LIST = "Addressees — DCK ban report (2018)";

async function switchTo(page: Page, email: DemoEmail, url: string) {
  await page.context().clearCookies();
  await resumeSession(page, email);
  await page.goto(url);
}

async function confirm(page: Page, button: string) {
  await page.getByRole("button", { name: button }).first().click();
  await page.getByRole("alertdialog").getByRole("button", { name: button }).click();
}

test("an appeal goes from draft through a returned review to approval, dispatches and a reply; a viewer only reads", async ({ page }) => {
  test.setTimeout(240_000);
  const title = `Halt the extradition of Zhanara Akhmetova ${Date.now()}`;
  await resumeSession(page, demo.officer);
  await page.goto("/appeals");
  await expect(page.getByRole("heading", { name: "Appeals" })).toBeVisible();
  await expectAccessible(page);

  // Draft with a live, personalized preview; a misspelt merge field is refused.
  await page.getByRole("link", { name: "New appeal" }).click();
  await expect(page.getByRole("heading", { name: "New appeal" })).toBeVisible();
  await page.getByLabel(/^Title( \*)?$/).fill(title);
  await page.getByLabel("Cases").selectOption({ label: "Zhanara Akhmetova" });
  await page.getByLabel("Subject").fill("Urgent: {{case_names}}");
  await page.getByLabel("Text (Markdown)").fill("{{salutaton}},\n\n## Extradition\n\nWe urge you to halt the extradition of {{case_names}}.");
  const preview = page.getByTestId("appeal-preview");
  await expect(preview.getByRole("heading", { name: "Extradition" })).toBeVisible();
  await expect(preview).toContainText("Subject: Urgent: Zhanara Akhmetova");
  await page.getByRole("button", { name: "Create appeal" }).click();
  await expect(page.getByText("Unknown merge field: {{salutaton}}.")).toBeVisible();
  await page.getByLabel("Text (Markdown)").fill("{{salutation}},\n\n## Extradition\n\nWe urge you to halt the extradition of {{case_names}}.");
  await expect(preview).toContainText("Dear Prosecutor General,");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create appeal" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const appealUrl = page.url();

  // The addressees of the 2018 report, all at once.
  await page.getByLabel("Add everyone on a list").selectOption({ label: REPORT_LIST });
  await page.getByRole("button", { name: "Add list members" }).click();
  await expect(page.getByText("26 added.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recipients (26)" })).toBeVisible();
  await confirm(page, "Submit for review");
  await expect(page.getByText("In review", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);

  // A manager reads each recipient's letter as it will go out, ten at a time, and sees who cannot
  // be reached by post (the report gives the US Secretary of State a web form only).
  await switchTo(page, demo.manager, appealUrl);
  const letters = page.getByTestId("review-letters");
  await expect(letters.getByRole("heading", { name: "Letters to approve (26)" })).toBeVisible();
  await expect(letters.locator("ol > li")).toHaveCount(10);
  await letters.getByRole("link", { name: "By post" }).click();
  await expect(page).toHaveURL(/via=post/);
  await expect(letters.getByTestId("review-flags")).toContainText(/recipients have no postal address: .*US Secretary of State/);
  const secretary = letters.locator("ol > li", { hasText: "Letter to US Secretary of State" });
  await expect(secretary.getByText("No postal address")).toBeVisible();
  await secretary.locator("summary").click();
  const sheet = secretary.getByRole("article", { name: "Letter to US Secretary of State" });
  await expect(sheet.getByRole("heading", { name: "Urgent: Zhanara Akhmetova" })).toBeVisible();
  await expect(sheet.getByText("Dear Secretary of State,", { exact: true })).toBeVisible();
  await expect(sheet).toContainText("We urge you to halt the extradition of Zhanara Akhmetova.");
  expect(await sheet.innerText()).not.toContain(",,");
  await expectAccessible(page);
  await letters.getByRole("link", { name: "Next letters" }).click();
  await expect(letters.getByText("Letters 11–20 of 26")).toBeVisible();

  // The manager returns it with a comment.
  await page.getByText("Return with a comment").click();
  await page.getByLabel("What needs to change").fill("Cite the Supreme Court decision of 14 May 2020.");
  await page.getByRole("button", { name: "Return to the author" }).click();
  await expect(page.getByTestId("returned-comment")).toHaveText("Cite the Supreme Court decision of 14 May 2020.");

  await expect(page.getByTestId("review-letters")).toHaveCount(0);

  // The officer finds it in My work, returned to them, sees the comment, fixes the text and submits again.
  await switchTo(page, demo.officer, "/my-work");
  const returnedItem = page.getByTestId("returned").getByRole("listitem").filter({ hasText: title });
  await expect(returnedItem).toContainText("Returned to you");
  await expect(returnedItem).toContainText("Cite the Supreme Court decision of 14 May 2020.");
  await expectAccessible(page);
  await returnedItem.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: /Returned for changes by/ })).toBeVisible();
  await expect(page.getByTestId("returned-comment")).toHaveText("Cite the Supreme Court decision of 14 May 2020.");
  await page.getByRole("link", { name: "Edit" }).click();
  await page
    .getByLabel("Text (Markdown)")
    .fill("{{salutation}},\n\n## Extradition\n\nOn 14 May 2020 the Supreme Court of Ukraine reversed the asylum decision. We urge you to halt the extradition of {{case_names}}.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await confirm(page, "Submit for review");
  await expect(page.getByText("In review", { exact: true })).toBeVisible();

  // The manager approves.
  await switchTo(page, demo.manager, appealUrl);
  await expect(page.getByTestId("review-letters")).toBeVisible();
  await confirm(page, "Approve");
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();

  // The author's My work says it is approved and ready to send; it is nobody else's to send.
  await switchTo(page, demo.officer, "/my-work");
  const readyItem = page.getByTestId("approved").getByRole("listitem").filter({ hasText: title });
  await expect(readyItem).toContainText("Approved — ready to send");
  await expect(page.getByTestId("returned").getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
  await readyItem.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await switchTo(page, demo.viewer, "/my-work");
  await expect(page.getByTestId("approved").getByRole("listitem").filter({ hasText: title })).toHaveCount(0);

  // The officer marks two dispatches, one by post (per recipient) and one by e-mail (selected), and logs a reply.
  await switchTo(page, demo.officer, appealUrl);
  const table = page.getByRole("table", { name: "Recipients" });
  const first = table.getByRole("row").nth(1);
  const second = table.getByRole("row").nth(2);
  await expect(first.getByRole("link", { name: /^PDF of the letter to/ })).toBeVisible();
  await expectAccessible(page);
  await first.getByText("Mark sent").click();
  await first.getByLabel("Channel").selectOption("post");
  // A day before the appeal was created is refused beside the date, which keeps what was typed.
  const sentOn = first.getByLabel("Sent on");
  const today = await sentOn.inputValue();
  const dayBefore = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await sentOn.fill(dayBefore);
  await first.getByRole("button", { name: /^Save/ }).click();
  await expect(first.getByText(/^The date sent cannot be before the appeal was created, on /)).toBeVisible();
  await expect(sentOn).toHaveValue(dayBefore);
  await expect(first.getByLabel("Channel")).toHaveValue("post");
  await sentOn.fill(today);
  await first.getByRole("button", { name: /^Save/ }).click();
  await expect(page.getByText(/^Marked sent by post:/)).toBeVisible();
  await expect(page.getByText("Sent", { exact: true })).toBeVisible();
  await second.getByRole("checkbox").check();
  await page.locator("#bulk-channel").selectOption("email");
  await page.getByRole("button", { name: "Mark selected sent" }).click();
  await expect(page.getByText("Marked sent by e-mail: 1 recipient.")).toBeVisible();
  await expect(first).toContainText("Post,");
  await expect(second).toContainText("E-mail,");

  await page.getByLabel(/^From( \*)?$/).fill("Office of the Prosecutor General of Ukraine");
  await page.getByLabel(/^Summary( \*)?$/).fill("The extradition check is under way.");
  await page.getByRole("button", { name: "Log reply" }).click();
  await expect(page.getByText("Response received", { exact: true })).toBeVisible();
  await expect(page.getByText("The extradition check is under way.")).toBeVisible();
  await expectAccessible(page);

  // The first recipient's letter as a PDF, personalized: their name, a salutation, the case.
  const pdfLink = first.getByRole("link", { name: /^PDF of the letter to/ });
  const recipientName = ((await pdfLink.getAttribute("aria-label")) ?? (await pdfLink.innerText())).replace(/^PDF of the letter to /, "");
  const [pdf] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // Lines wrap anywhere in a PDF: compare with single spaces.
  const pdfText = (await extractText(await getDocumentProxy(new Uint8Array(pdfBytes)), { mergePages: true })).text.replace(/\s+/g, " ");
  expect(pdfText).toContain(recipientName);
  expect(pdfText).toMatch(/Dear [^,]+,/);
  expect(pdfText).toContain("halt the extradition of Zhanara Akhmetova");

  // The history of the text, with what changed.
  await page.getByRole("link", { name: "Text versions" }).click();
  await expect(page.getByRole("heading", { name: /^Version 2/ })).toBeVisible();
  await expect(page.locator("ins").first()).toContainText("Supreme");
  await expectAccessible(page);

  // A viewer reads everything and may change nothing.
  await switchTo(page, demo.viewer, appealUrl);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  for (const name of ["Edit", "New appeal"]) await expect(page.getByRole("link", { name })).toHaveCount(0);
  for (const name of ["Submit for review", "Approve", "Close appeal", "Mark selected sent", "Log reply", "Delete"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByText("Mark sent")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${appealUrl}/edit`);
  await expect(page.getByRole("heading", { name: `Edit “${title}”` })).toHaveCount(0);
});

test("the appeals list filters by status in the URL and finds appeals by search", async ({ page }) => {
  await resumeSession(page, demo.viewer);
  await page.goto("/appeals");
  await page.getByRole("navigation", { name: "Appeals by status" }).getByRole("link", { name: /^In review/ }).click();
  await expect(page).toHaveURL(/status=in_review/);
  // The seed's appeal waiting for review now (db/seed/data-recent.ts).
  await expect(page.getByRole("link", { name: "Release of activists detained after a peaceful picket", exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Appeals by status" }).getByRole("link", { name: /^All/ }).click();
  // The search form carries the current status: wait until "All" has loaded before searching.
  await expect(page).not.toHaveURL(/status=/);
  await page.getByLabel("Search").fill("Democratic Choice");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=Democratic/);
  await expect(page.getByRole("link", { name: "Cancel the ban on the DCK and stop persecuting dissent" })).toBeVisible();
  await expectAccessible(page);
});
