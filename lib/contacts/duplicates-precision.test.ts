// The duplicate suggestions scored on hand-labelled pairs (lib/contacts/duplicates-precision.ts),
// in a database of their own so that no other test's contacts pair with them. The floors are the
// figures reached: they only go up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { ForbiddenError } from "@/lib/errors";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { scratchDatabase, useForApp } from "@/tests/scratch-database";
import { listDuplicatePairs } from "./duplicates";
import { loadLabelledPairs, readLabelledPairs, scoreDuplicates, scoreReport, type DuplicatesScore } from "./duplicates-precision";

const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.93;

const cleanups: Array<() => Promise<void> | void> = [];
let score: DuplicatesScore;
let users: Record<"officer" | "manager" | "viewer" | "coordinator", TestUser>;

beforeAll(async () => {
  const scratch = await scratchDatabase("duplicates_score");
  cleanups.push(scratch.drop);
  // The app's queries read the shared handle: point it at the scratch database for this file.
  cleanups.push(await useForApp(scratch));
  await migrateDatabase(scratch.url);
  const [officer, manager, viewer, coordinator] = await Promise.all((["officer", "manager", "viewer", "coordinator"] as const).map((r) => createTestUser(r)));
  users = { officer, manager, viewer, coordinator };
  const loaded = await loadLabelledPairs(officer, readLabelledPairs());
  score = await scoreDuplicates(manager, loaded);
  console.log(scoreReport(score, { onlyWrong: true }));
}, 300_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("duplicate suggestions on the labelled pairs", () => {
  it("has at least 120 pairs, about half of each label", () => {
    const pairs = score.verdicts.map((v) => v.pair);
    expect(pairs.length).toBeGreaterThanOrEqual(120);
    const same = pairs.filter((p) => p.label === "same").length;
    expect(same / pairs.length).toBeGreaterThan(0.4);
    expect(same / pairs.length).toBeLessThan(0.6);
  });

  it(`suggests pairs of one person with precision ≥ ${PRECISION_FLOOR} and recall ≥ ${RECALL_FLOOR}`, () => {
    expect(score.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(score.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it("says why for every suggested pair", () => {
    for (const v of score.verdicts.filter((x) => x.suggested)) expect(v.reasons.length, v.pair.id).toBeGreaterThan(0);
  });

  it("refuses the roles that may not merge, and anonymous callers", async () => {
    for (const user of [users.viewer, users.officer, users.coordinator, null as unknown as TestUser]) {
      await expect(listDuplicatePairs(user, 1)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
