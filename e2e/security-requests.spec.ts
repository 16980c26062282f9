// Forged requests and hostile exports: a signed-in user's server action posted from another
// origin, or with no Origin at all, is refused with 403 and changes nothing (proxy.ts compares
// Origin with X-Forwarded-Host or Host, as Next.js does, and refuses a missing Origin); a body over
// the upload transport limit is a 413, never a 500; and every CSV download neutralizes cells a
// spreadsheet would run as formulas.
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { looksLikeFormula } from "../lib/export/csv";
import { base64Length, MAX_REQUEST_BODY_BYTES, MAX_UPLOAD_BYTES } from "../lib/uploads/file-size";
import { demo } from "./fixtures/accounts";
import { formulaCells, sec } from "./fixtures/security-payloads";
import { actionRefs, actionSucceeded, callAction } from "./fixtures/security-lib";
import { resumeSession } from "./helpers";

test("a server action from a foreign origin or without an Origin is refused; from the app's own it runs", async ({ page, baseURL }) => {
  await resumeSession(page, demo.coordinator);
  const ref = actionRefs().find((r) => r.exportedName === "createListAction");
  expect(ref, "createListAction in the build's manifest").toBeTruthy();
  const stamp = Date.now();
  const attempt = (label: string, headers: Record<string, string>) =>
    callAction(page.request, baseURL!, ref!, [{ name: `Zzorigin ${label} ${stamp}`, description: "" }], headers, "/lists");

  const foreign = await attempt("foreign", { Origin: "https://evil.example" });
  expect(actionSucceeded(foreign.body), "foreign origin").toBe(false);
  expect(foreign.response.status(), "foreign origin: refused, not an error").toBe(403);
  expect(foreign.body).toBe("Cross-origin request refused.");
  // The app's own host on another port is another origin too; so is a forwarded host that differs.
  const otherPort = await attempt("port", { Origin: `http://localhost:${Number(new URL(baseURL!).port) + 1}` });
  expect(otherPort.response.status(), "another port").toBe(403);
  const forwarded = await attempt("forwarded", { "X-Forwarded-Host": "desk.example.org" });
  expect(forwarded.response.status(), "Origin differs from X-Forwarded-Host").toBe(403);
  const missing = await attempt("missing", { Origin: "" });
  expect(actionSucceeded(missing.body), "no Origin header").toBe(false);
  expect(missing.response.status(), "no Origin header").toBe(403);
  const nullOrigin = await attempt("null", { Origin: "null" });
  expect(actionSucceeded(nullOrigin.body), "Origin: null (sandboxed frame)").toBe(false);
  expect(nullOrigin.response.status(), "Origin: null").toBe(403);
  const own = await attempt("own", {});
  expect(actionSucceeded(own.body), `same origin: ${own.body.slice(0, 300)}`).toBe(true);

  await page.goto(`/lists`);
  await expect(page.getByText(`Zzorigin own ${stamp}`)).toBeVisible();
  for (const label of ["foreign", "port", "forwarded", "missing", "null"]) await expect(page.getByText(`Zzorigin ${label} ${stamp}`)).toHaveCount(0);
});

test("a server action body over the upload transport limit is a 413 with a short text, not a 500", async ({ page, baseURL }) => {
  await resumeSession(page, demo.officer);
  const ref = actionRefs().find((r) => r.exportedName === "previewRosterAction");
  expect(ref, "previewRosterAction in the build's manifest").toBeTruthy();
  // A roster "file" of base64 just past the limit: refused before any action code runs.
  const content = "A".repeat(MAX_REQUEST_BODY_BYTES);
  const over = await callAction(page.request, baseURL!, ref!, [{ body: "pace", fileName: "huge.csv", content }], {}, "/contacts/rosters");
  expect(over.response.status()).toBe(413);
  expect(over.body).toMatch(/^The request is too large: files are limited to 10 MB\.$/);
  // A largest file (10 MB, 13.3 MB as base64) gets through to the action, which answers in its own
  // words: Next.js's own 10 MB default for what proxy.ts sees used to cut it short into a 500.
  const largest = "QUJD".repeat(base64Length(MAX_UPLOAD_BYTES) / 4);
  const under = await callAction(page.request, baseURL!, ref!, [{ body: "pace", fileName: "big.csv", content: largest }], {}, "/contacts/rosters");
  expect(under.response.status(), under.body.slice(0, 300)).toBe(200);
});

test("CSV downloads neutralize formula cells", async ({ page }) => {
  await resumeSession(page, demo.coordinator);
  const downloads = [
    `/api/contacts/export?q=${encodeURIComponent("zzformula")}`,
    `/api/contacts/export`,
    `/api/lists/${sec.xssList}/export`,
    `/cases/export`,
    `/dashboard/export/top-contacts`,
    `/dashboard/export/summary`,
  ];
  const problems: string[] = [];
  let sawFormulaContact = 0;
  for (const url of downloads) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toContain("text/csv");
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    for (const row of rows) {
      for (const cell of row) if (looksLikeFormula(cell)) problems.push(`${url}: cell ${JSON.stringify(cell.slice(0, 40))}`);
      if (row.includes(`'${formulaCells.fullName}`)) sawFormulaContact++;
    }
  }
  expect(problems).toEqual([]);
  // The hostile contact is in the filtered, whole and list exports, neutralized.
  expect(sawFormulaContact).toBeGreaterThanOrEqual(3);
});

test("dates outside 1900–2100 in the address are ignored with a note, never a server error", async ({ page }) => {
  // The admin: the audit log is theirs alone; the other pages are the same for a manager.
  await resumeSession(page, demo.admin);
  const pages = ["/dashboard?to=9999-12-31", "/appeals?q=zzdates&to=9999-12-31", "/events/calendar?month=9999-12", "/admin/audit?to=9999-12-31", "/contacts?notContactedSince=0001-01-01", "/events?from=2024-02-30"];
  for (const url of pages) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(500);
    await expect(page.getByRole("heading", { name: "This page could not be loaded" }), url).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: /^Ignored the/ }), url).toBeVisible();
  }
  const csv = await page.request.get("/dashboard/export/summary?to=9999-12-31");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
});
