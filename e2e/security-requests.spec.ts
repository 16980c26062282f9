// Forged requests and hostile exports: a signed-in user's server action posted from another
// origin, or with no Origin at all, is refused and changes nothing (Next.js compares Origin with
// Host; proxy.ts refuses a missing Origin); and every CSV download neutralizes cells a spreadsheet
// would run as formulas.
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { demo } from "./fixtures/accounts";
import { formulaCells, sec } from "./fixtures/security-payloads";
import { actionRefs, actionSucceeded, callAction } from "./fixtures/security-lib";
import { signIn } from "./helpers";

test("a server action from a foreign origin or without an Origin is refused; from the app's own it runs", async ({ page, baseURL }) => {
  await signIn(page, demo.coordinator);
  const ref = actionRefs().find((r) => r.exportedName === "createListAction");
  expect(ref, "createListAction in the build's manifest").toBeTruthy();
  const stamp = Date.now();
  const attempt = (label: string, headers: Record<string, string>) =>
    callAction(page.request, baseURL!, ref!, [{ name: `Zzorigin ${label} ${stamp}`, description: "" }], headers, "/lists");

  const foreign = await attempt("foreign", { Origin: "https://evil.example" });
  expect(actionSucceeded(foreign.body), "foreign origin").toBe(false);
  const missing = await attempt("missing", { Origin: "" });
  expect(actionSucceeded(missing.body), "no Origin header").toBe(false);
  const nullOrigin = await attempt("null", { Origin: "null" });
  expect(actionSucceeded(nullOrigin.body), "Origin: null (sandboxed frame)").toBe(false);
  const own = await attempt("own", {});
  expect(actionSucceeded(own.body), `same origin: ${own.body.slice(0, 300)}`).toBe(true);

  await page.goto(`/lists`);
  await expect(page.getByText(`Zzorigin own ${stamp}`)).toBeVisible();
  for (const label of ["foreign", "missing", "null"]) await expect(page.getByText(`Zzorigin ${label} ${stamp}`)).toHaveCount(0);
});

const formulaStart = /^[=+\-@\t\r]/;

test("CSV downloads neutralize formula cells", async ({ page }) => {
  await signIn(page, demo.coordinator);
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
      for (const cell of row) if (formulaStart.test(cell)) problems.push(`${url}: cell ${JSON.stringify(cell.slice(0, 40))}`);
      if (row.includes(`'${formulaCells.fullName}`)) sawFormulaContact++;
    }
  }
  expect(problems).toEqual([]);
  // The hostile contact is in the filtered, whole and list exports, neutralized.
  expect(sawFormulaContact).toBeGreaterThanOrEqual(3);
});
