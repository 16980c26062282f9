// The appeal corpus (lib/import/testdata/appeals/, written for this project, truth made by hand)
// scored with the rules of the project's score-contacts.mjs tool (./score.ts). The floors are the figures the
// extractor reached when they were last raised, rounded down: the test fails when a change makes
// any figure worse, so they only go up. Raise them when the extractor improves
// (`npm run contacts:score` prints the figures and, with --verbose, every miss).
import { describe, expect, it } from "vitest";
import { readCorpus, scoreCorpus } from "./corpus";
import { summaryLine } from "./score";

// Reached on 2026-12-08 by the staged extractor (58 texts, 188 entries): exact=185/188
// recall=0.984 precision=0.974 email_f1=1.000 phone_f1=0.992 (before it: recall 0.521,
// precision 0.598, e-mail F1 0.882, phone F1 0.795).
const FLOOR = {
  recall: 0.98,
  precision: 0.97,
  emailF1: 0.99,
  phoneF1: 0.99,
};

describe("the appeal corpus", () => {
  const files = readCorpus();

  it("holds at least 40 texts, each with truth in the shared schema", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const f of files) {
      for (const e of f.truth) {
        expect(Object.keys(e).sort(), f.file).toEqual(
          ["address", "emails", "name", "organization", "phones", "salutation", "title", "urls"],
        );
        expect([e.emails, e.phones, e.urls].every(Array.isArray), f.file).toBe(true);
      }
    }
  });

  it("scores at or above the floors", () => {
    const { files: perFile, total } = scoreCorpus(files);
    const nothing = perFile.filter((f) => f.score.predicted === 0 && f.score.truth > 0).map((f) => f.file);
    console.log(
      `appeal corpus (${perFile.length} texts): ${summaryLine(total)}\n` +
        `  nothing found in ${nothing.length}: ${nothing.join(", ") || "none"}`,
    );
    expect(total.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(total.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(total.emailF1).toBeGreaterThanOrEqual(FLOOR.emailF1);
    expect(total.phoneF1).toBeGreaterThanOrEqual(FLOOR.phoneF1);
  });
});
