import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo } from "./fixtures/accounts";
import { resumeSession } from "./helpers";

test("an officer exports a list and a filtered view as CSV; a viewer cannot", async ({ page, browser }) => {
  await resumeSession(page, demo.officer);
  await page.goto("/lists?q=DCK");
  await page.getByRole("link", { name: /Addressees — DCK ban report/ }).click();
  const [listDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const listCsv = await readFile((await listDownload.path())!, "utf8");
  expect(listCsv.startsWith("\uFEFF\"Name\"")).toBe(true);
  expect(listCsv.trim().split("\r\n")).toHaveLength(1 + 26);

  await page.goto("/contacts?body=european_parliament");
  const [viewDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(viewDownload.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const viewCsv = await readFile((await viewDownload.path())!, "utf8");
  expect(viewCsv).toContain("european_parliament");

  const viewer = await (await browser.newContext()).newPage();
  await resumeSession(viewer, demo.viewer);
  await viewer.goto("/contacts");
  await expect(viewer.getByRole("table", { name: "Contacts" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  const refused = await viewer.request.get("/api/contacts/export");
  expect(refused.status()).toBe(403);
  const anonymous = await (await browser.newContext()).request.get("/api/contacts/export", { maxRedirects: 0 });
  expect([307, 401]).toContain(anonymous.status());
});
