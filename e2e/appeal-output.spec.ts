import { readFile } from "node:fs/promises";
import { expect, test, type Download } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { seedId } from "../db/seed/ids";
import { demo } from "./fixtures/accounts";
import { expectAccessible, resumeSession } from "./helpers";

// The seeded open letter to Federica Mogherini (db/seed/data-appeals.ts), sent on 2 February 2015:
// its body does not place {{salutation}}, so the letter opens with her contact's salutation.
const appealId = seedId("appeal:mogherini-2015");
const recipientId = seedId("appeal-recipient:mogherini-2015:mogherini");
const base = `/appeals/${appealId}/recipients/${recipientId}`;
const salutation = "Dear High Representative,";

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

test("an officer prints a recipient's letter and downloads its PDF and .eml; a viewer gets print and PDF only", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await resumeSession(page, demo.officer);
  await page.goto(`${base}/print`);
  await expect(page.getByRole("heading", { name: "Letter to Federica Mogherini" })).toBeVisible();
  const letter = page.getByRole("article", { name: "Letter to Federica Mogherini" });
  await expect(letter.getByText(salutation)).toBeVisible();
  await expect(letter.getByText("2 February 2015")).toBeVisible();
  await expect(letter.getByRole("heading", { name: "The critical situation of human rights in Kazakhstan" })).toBeVisible();
  await expect(letter.getByText("1049 Brussels, Rue de la Loi / Wetstraat 200")).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await expectAccessible(page);

  // The browser takes the exact name of filename*, spaces and all.
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(pdf.suggestedFilename()).toBe("letter-Federica Mogherini.pdf");
  const pdfBytes = await bytesOf(pdf);
  expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = (await extractText(await getDocumentProxy(new Uint8Array(pdfBytes)), { mergePages: true })).text;
  expect(text).toContain(salutation);
  expect(text).toContain("Federica Mogherini");

  const [eml] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download .eml" }).click()]);
  expect(eml.suggestedFilename()).toBe("letter-Federica Mogherini.eml");
  const message = (await bytesOf(eml)).toString("utf8");
  expect(message).toMatch(/^To: Federica Mogherini <federica\.mogherini@ec\.europa\.eu>$/m);
  expect(message).toMatch(/^Subject: The critical situation of human rights in Kazakhstan$/m);
  expect(message).toContain(salutation);

  const viewer = await (await browser.newContext()).newPage();
  await resumeSession(viewer, demo.viewer);
  await viewer.goto(`${base}/print`);
  await expect(viewer.getByText(salutation)).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Download .eml" })).toHaveCount(0);
  const viewerPdf = await viewer.request.get(`${base}/pdf`);
  expect(viewerPdf.status()).toBe(200);
  expect(viewerPdf.headers()["content-type"]).toBe("application/pdf");
  expect((await viewer.request.get(`${base}/eml`)).status()).toBe(403);

  // An appeal in review (the recent one in the seed, db/seed/data-recent.ts) has no letters yet;
  // an unknown recipient is a 404.
  const inReview = `/appeals/${seedId("appeal:recent-in-review")}/recipients/${seedId("appeal-recipient:recent-in-review:akorda")}`;
  expect((await page.request.get(`${inReview}/pdf`)).status()).toBe(409);
  await page.goto(`${inReview}/print`);
  await expect(page.getByText("No letter yet")).toBeVisible();
  expect((await page.request.get(`/appeals/${appealId}/recipients/${seedId("nobody")}/pdf`)).status()).toBe(404);
});
