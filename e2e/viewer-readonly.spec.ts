import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

test("a viewer has no edit controls, and a direct POST of the edit action is refused", async ({ browser }) => {
  // 1. A manager saves an edit; we keep the exact server-action request the browser sent.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await resumeSession(manager, demo.manager);
  await manager.getByRole("link", { name: "New campaign" }).click();
  const name = `Viewer probe ${Date.now()}`;
  await manager.getByLabel("Name").fill(name);
  await manager.getByRole("button", { name: "Create campaign" }).click();
  await expect(manager.getByRole("heading", { name })).toBeVisible();
  const campaignUrl = manager.url();
  await manager.getByRole("link", { name: "Edit" }).click();
  await manager.getByLabel("Summary").fill("Edited by the manager");
  const requestPromise = manager.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await manager.getByRole("button", { name: "Save changes" }).click();
  const actionRequest = await requestPromise;
  await expect(manager.getByText("Edited by the manager")).toBeVisible();
  const body = actionRequest.postData()!.replace("Edited by the manager", "Changed by a viewer").replace(/"version":\d+/, '"version":2');

  // 2. A viewer sees the campaign without any edit control.
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await resumeSession(viewer, demo.viewer);
  await viewer.goto(campaignUrl);
  await expect(viewer.getByRole("heading", { name })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await expectAccessible(viewer);
  await viewer.goto(`${campaignUrl}/edit`);
  await expect(viewer.getByRole("heading", { name: "Not found" })).toBeVisible();

  // 3. The viewer replays the manager's action request with their own session: refused.
  const headers = { ...actionRequest.headers() };
  delete headers.cookie;
  headers.origin = new URL(actionRequest.url()).origin; // headers() leaves Origin out; proxy.ts refuses a POST without one
  const response = await viewer.request.post(actionRequest.url(), { headers, data: body });
  const text = await response.text();
  expect(text).toContain("You are not allowed to do that.");
  expect(text).not.toContain('"ok":true');

  // 4. An anonymous request is refused too.
  const anonymous = await browser.newContext();
  const anonymousResponse = await anonymous.request.post(actionRequest.url(), { headers, data: body });
  expect(await anonymousResponse.text()).not.toContain('"ok":true');

  await manager.reload();
  await expect(manager.getByText("Edited by the manager")).toBeVisible();
  await expect(manager.getByText("Changed by a viewer")).toHaveCount(0);
  await Promise.all([managerContext.close(), viewerContext.close(), anonymous.close()]);
});
