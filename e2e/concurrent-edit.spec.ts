import { expect, test } from "@playwright/test";
import { demo, extra } from "./fixtures/accounts";
import { resumeSession, signIn } from "./helpers";

test("two managers edit the same campaign: the second save is refused and keeps the input", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await resumeSession(first, demo.manager);
  await signIn(second, extra.secondManager.email);

  const name = `Concurrent ${Date.now()}`;
  await first.getByRole("link", { name: "New campaign" }).click();
  await first.getByLabel("Name").fill(name);
  await first.getByRole("button", { name: "Create campaign" }).click();
  await expect(first.getByRole("heading", { name })).toBeVisible();
  const editUrl = `${first.url()}/edit`;

  await first.goto(editUrl);
  await second.goto(editUrl);
  await first.getByLabel("Summary").fill("First manager's summary");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText("First manager's summary")).toBeVisible();

  await second.getByLabel("Summary").fill("Second manager's summary");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("main").getByRole("alert")).toContainText("Someone else changed this record");
  await expect(second.getByLabel("Summary")).toHaveValue("Second manager's summary");

  await second.goto(editUrl.replace(/\/edit$/, ""));
  await expect(second.getByText("First manager's summary")).toBeVisible();
});
