import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

test("a coordinator plans the Luxembourg side-event: people, tasks, calendar file and month view", async ({ page }) => {
  test.slow(); // a long journey across five pages
  const title = `Post-elections scenarios in Ukraine, Moldova and Kazakhstan ${Date.now()}`;
  await resumeSession(page, demo.coordinator);
  await page.goto("/events");
  await expect(page.getByRole("heading", { name: "Events", exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "New event" }).click();
  await expect(page.getByRole("heading", { name: "New event" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Kind( \*)?$/).selectOption("side_event");
  await page.getByLabel(/^Forum( \*)?$/).selectOption("osce_pa_session");
  await page.getByLabel(/^Title( \*)?$/).fill(title);
  await page.getByLabel("Description").fill("Side-event at the 28th OSCE PA Annual Session, co-hosted with FIDU.");
  await page.getByLabel(/^Time zone of the venue( \*)?$/).fill("Europe/Luxembourg");
  await page.getByLabel("Start date").fill("2019-07-04");
  await page.getByLabel("Start time").fill("12:30");
  await page.getByLabel("End time").fill("14:30");
  await page.getByLabel("Venue", { exact: true }).fill("European Convention Centre");
  await page.getByLabel("Room", { exact: true }).fill("Room E (Level 1)");
  await page.getByLabel("City", { exact: true }).fill("Luxembourg");
  await page.getByLabel("Country", { exact: true }).selectOption("LU");
  await page.getByLabel("Capacity (seats)").fill("120");
  await page.getByRole("button", { name: "Create event" }).click();

  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("event-when")).toContainText(/12:30\s?(PM)?–(14|2):30\s?(PM)? CEST/);
  await expect(page.getByTestId("event-when")).toContainText("Europe/Luxembourg");
  await expect(page.getByRole("link", { name: "Invitations" })).toBeVisible();
  await expectAccessible(page);

  // The edit form shows the wall clock at the venue again.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Start time")).toHaveValue("12:30");
  await expect(page.getByLabel(/^Time zone of the venue( \*)?$/)).toHaveValue("Europe/Luxembourg");
  await page.getByLabel("Room", { exact: true }).fill("Room E (Level 1), European Convention Centre");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Room E (Level 1), European Convention Centre, European Convention Centre")).toBeVisible();

  await page.getByRole("button", { name: "Mark planned" }).click();
  await expect(page.getByText("Status: Planned.")).toBeVisible();

  // The co-host and a speaker, found by name; the partner organization.
  // A search is a plain GET form: wait for the new page to come alive before using its buttons.
  const search = async (form: string, field: string, q: string) => {
    await page.getByLabel(field).fill(q);
    await page.getByRole("search", { name: form }).getByRole("button", { name: "Apply" }).click();
    await expect(page.getByLabel(field)).toHaveValue(q);
    await page.waitForLoadState("networkidle");
  };
  await search("Find a contact to add", "Add a co-host, speaker or moderator", "Rampi");
  await page.getByRole("button", { name: "Co-host: add Roberto Rampi" }).click();
  const people = page.getByRole("list", { name: "Co-hosts, speakers and moderator" });
  await expect(people.getByText("Roberto Rampi")).toBeVisible();
  await search("Find a contact to add", "Add a co-host, speaker or moderator", "Hautala");
  await page.getByRole("button", { name: "Speaker: add Heidi Hautala" }).click();
  await expect(people.getByText("Heidi Hautala")).toBeVisible();
  await expect(people.getByText("Speaker")).toBeVisible();
  await search("Find an organization to add", "Add a partner organization", "FIDU");
  await page.getByRole("button", { name: "Partner: add Italian Federation for Human Rights" }).click();
  await expect(page.getByRole("link", { name: "Italian Federation for Human Rights (FIDU)" })).toBeVisible();

  // The usual tasks of a side-event, one ticked off; one more due before the event.
  await page.getByRole("button", { name: "Add usual tasks for this kind of event" }).click();
  await expect(page.getByText("Book the room", { exact: true })).toBeVisible();
  await expect(page.getByTestId("event-task").filter({ hasText: "Travel and accommodation of speakers" })).toBeVisible();
  await page.getByRole("button", { name: "Done: Book the room" }).click();
  await expect(page.getByRole("button", { name: "Undo: Book the room" })).toBeVisible();
  await page.getByText("Add a task", { exact: true }).click();
  const badges = `Collect the badges ${Date.now()}`;
  const addTask = page.getByRole("form", { name: "Add a task" });
  await addTask.getByLabel(/^Task( \*)?$/).fill(badges);
  await addTask.getByLabel("Category").selectOption("accreditation");
  await addTask.getByLabel("Owner").selectOption({ label: "Colm Coordinator" });
  await addTask.getByLabel("Due on").fill("2019-07-01");
  await addTask.getByRole("button", { name: "Add task" }).click();
  await expect(page.getByTestId("event-task").filter({ hasText: badges }).getByText("Overdue")).toBeVisible();
  await expectAccessible(page);

  // The calendar file carries the venue's zone.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  const ics = await readFile((await (await downloadPromise).path()) as string, "utf8");
  expect(ics).toContain("DTSTART;TZID=Europe/Luxembourg:20190704T123000");
  expect(ics).toContain("TZID:Europe/Luxembourg");
  expect(ics).toContain("TZOFFSETTO:+0200");

  // My tasks: the overdue one is there, marked.
  await page.goto("/events/tasks");
  const row = page.getByTestId("my-task").filter({ hasText: badges });
  await expect(row.getByText("Overdue")).toBeVisible();
  await expectAccessible(page);

  // The month calendar of July 2019 shows it on the 4th, at the venue's time.
  await page.goto("/events/calendar?month=2019-07");
  await expect(page.getByRole("table", { name: "Events in July 2019" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /(4 July|July 4,) 2019/ }).getByRole("link", { name: new RegExp(`12:30( PM)? CEST ${title}`) })).toBeVisible();
  await page.getByRole("link", { name: "← Previous month" }).click();
  await expect(page).toHaveURL(/month=2019-06/);
  await expectAccessible(page);
});

test("an officer reads events but sees no edit controls", async ({ page }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/events?when=past&q=Luxembourg");
  await expect(page.getByRole("link", { name: "New event" })).toHaveCount(0);
  await page.getByRole("link", { name: /Post-elections scenarios/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Post-elections scenarios");
  await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Add usual tasks/ })).toHaveCount(0);
  await expect(page.getByLabel("Add a co-host, speaker or moderator")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByText(/Status: /)).toHaveCount(0);
  await expectAccessible(page);
  // The feed of upcoming events answers with the session cookie, as a calendar file.
  const feed = await page.request.get("/events/feed.ics");
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the month calendar is a list of days", async ({ page }) => {
    await resumeSession(page, demo.viewer);
    await page.goto("/events/calendar?month=2019-07");
    const days = page.getByRole("region", { name: /by day/ });
    await expect(days.getByRole("heading", { name: /(4 July|July 4,) 2019/ })).toBeVisible();
    await expect(days.getByRole("link", { name: /Post-elections scenarios/ }).first()).toBeVisible();
    await expect(page.getByRole("table", { name: "Events in July 2019" })).toBeHidden();
    await expectAccessible(page);
  });
});
