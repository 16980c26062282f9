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

test("a manager adds a goal to a campaign, sees its progress and adds a team member", async ({ page }) => {
  const label = `Side-events on Magnitsky legislation ${Date.now()}`;
  await resumeSession(page, demo.manager);
  await page.goto("/campaigns?q=Magnitsky");
  await page.getByRole("link", { name: "Magnitsky sanctions for Kazakhstan" }).click();
  await expect(page.getByRole("heading", { name: "Magnitsky sanctions for Kazakhstan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Goals" })).toBeVisible();
  await expectAccessible(page);

  // A wrong target is refused beside the field; a good one is saved and counted from the events held.
  await page.getByRole("button", { name: "Add a goal" }).click();
  const form = page.getByRole("form", { name: "New goal" });
  await form.getByLabel(/^What is counted( \*)?$/).selectOption("events_held");
  await form.getByLabel(/^Goal( \*)?$/).fill(label);
  await form.getByLabel(/^Target( \*)?$/).fill("0");
  await form.getByRole("button", { name: "Add goal" }).click();
  await expect(form.getByText("A whole number from 1 to 9,999,999.")).toBeVisible();
  await form.getByLabel(/^Target( \*)?$/).fill("10");
  await form.getByRole("button", { name: "Add goal" }).click();
  const goal = page.getByTestId("campaign-goal").filter({ hasText: label });
  await expect(goal).toBeVisible();
  await expect(goal.getByText(/^\d+ of 10$/)).toBeVisible();
  // The same count as the seeded goal on events held ("3 of 4").
  const seeded = page.getByTestId("campaign-goal").filter({ hasText: "Events on Magnitsky legislation" });
  const held = (await seeded.getByText(/^\d+ of 4$/).innerText()).split(" ")[0];
  await expect(goal.getByText(`${held} of 10`)).toBeVisible();
  await expect(goal.getByRole("progressbar")).toHaveAttribute("aria-valuetext", `${held} of 10`);

  // Linked records lead to their lists filtered by the campaign.
  await expect(page.getByRole("link", { name: "All events of this campaign →" })).toHaveAttribute("href", /\/events\?campaign=[0-9a-f-]+&when=all/);

  // The team: the viewer joins as "intern".
  await page.getByLabel("Add someone").selectOption({ label: "Viktor Viewer (Viewer)" });
  await page.getByLabel("Role on the campaign").fill("intern");
  await page.getByRole("button", { name: "Add to team" }).click();
  const team = page.getByRole("list", { name: "Team members" });
  await expect(team.getByText(/Viktor Viewer/)).toContainText("intern");
  await expectAccessible(page);

  // And leaves again; the goal is deleted.
  await page.getByRole("button", { name: "Remove Viktor Viewer from the team" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(team.getByText(/Viktor Viewer/)).toHaveCount(0);
  await goal.getByRole("button", { name: `Delete goal: ${label}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete goal" }).click();
  await expect(goal).toHaveCount(0);
});

test("My work: an officer's draft, a manager's approvals waiting, the returned appeal back with the officer", async ({ page }) => {
  test.setTimeout(180_000);
  const title = `Release of Max Bokayev ${Date.now()}`;
  await resumeSession(page, demo.officer);
  await page.goto("/appeals/new");
  await page.getByLabel(/^Title( \*)?$/).fill(title);
  await page.getByLabel("Text (Markdown)").fill("{{salutation}},\n\nWe urge you to release Max Bokayev.");
  await page.getByRole("button", { name: "Create appeal" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const appealUrl = page.url();

  await page.goto("/my-work");
  await expect(page.getByRole("heading", { name: "My work" })).toBeVisible();
  await expect(page.getByTestId("drafts").getByRole("link", { name: title })).toBeVisible();
  // Officers approve nothing.
  await expect(page.getByRole("heading", { name: /^Approvals waiting/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(appealUrl);
  await page.getByLabel("Add everyone on a list").selectOption({ label: REPORT_LIST });
  await page.getByRole("button", { name: "Add list members" }).click();
  await expect(page.getByText("26 added.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).first().click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review", { exact: true })).toBeVisible();

  // The manager finds it among the approvals waiting, with how long it has waited, and returns it.
  await switchTo(page, demo.manager, "/my-work");
  const approvals = page.getByTestId("approvals");
  await expect(approvals.getByRole("link", { name: title })).toBeVisible();
  await expect(approvals.getByRole("listitem").filter({ hasText: title })).toContainText("waiting since today");
  await expectAccessible(page);
  await approvals.getByRole("link", { name: title }).click();
  await page.getByText("Return with a comment").click();
  await page.getByLabel("What needs to change").fill("Name the court and the date of the verdict.");
  await page.getByRole("button", { name: "Return to the author" }).click();
  await expect(page.getByTestId("returned-comment")).toBeVisible();

  // Back with the officer: returned, with the comment, and no longer among the plain drafts.
  await switchTo(page, demo.officer, "/my-work");
  const returned = page.getByTestId("returned");
  await expect(returned.getByRole("link", { name: title })).toBeVisible();
  await expect(returned).toContainText("Name the court and the date of the verdict.");
  await expect(page.getByTestId("drafts").getByRole("link", { name: title })).toHaveCount(0);
  await expectAccessible(page);
});
