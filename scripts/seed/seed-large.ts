// npm run db:seed:large -- --contacts 1000000 [--appeals 200000] [--letters 20000] [--events 20000]
// Synthetic data for benchmarks (seed-large-contacts.ts, -appeals.ts, -events.ts), generated here
// and streamed with COPY through the CSV import's adapter (db/copy.ts), in one transaction in bulk
// mode (seed-large-bulk.ts: secondary indexes and foreign keys built after the load, the triggers
// of last-contacted, appeal summaries and "most engaged" replaced by one set-based pass,
// seed-large-derive.ts). Realistic spread, not randomness: every value is a function of the
// row's number, as in the generate_series version this replaces (same pools and proportions).
// A failed run leaves the database as it was. Prints each step's time; ends with VACUUM (ANALYZE).
import "../env";
import { z } from "zod";
import { createDatabase } from "../../db/client";
import { sql } from "drizzle-orm";
import { enterBulkMode } from "./seed-large-bulk";
import { seedLargeAppeals, seedLargeLetters } from "./seed-large-appeals";
import { seedLargeContacts, syntheticContacts } from "./seed-large-contacts";
import { bumpEngagementVersion, rebuildEngagement, refreshAppealFacts, touchLastContacted } from "./seed-large-derive";
import { seedLargeEvents } from "./seed-large-events";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const count = z.coerce.number().int().min(0).max(10_000_000).optional();
const asked = z.object({ contacts: count, appeals: count, letters: count, events: count })
  .parse({ contacts: arg("contacts"), appeals: arg("appeals"), letters: arg("letters"), events: arg("events") });
const appealsTotal = asked.appeals ?? 0;
const lettersTotal = asked.letters ?? 0;
const eventsTotal = asked.events ?? 0;
// Contacts default to 100,000 only when nothing else is asked for: appeals and letters can be added later.
const contactsTotal = asked.contacts ?? (appealsTotal || lettersTotal || eventsTotal ? 0 : 100_000);

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(`${line} (${seconds(started)})`);
const steps: Array<[string, string]> = [];
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const since = performance.now();
  const result = await run();
  steps.push([name, seconds(since)]);
  log(`${name}: done in ${seconds(since)}`);
  return result;
}

const handle = createDatabase();
try {
  await handle.db.transaction(async (tx) => {
    // Sorts and hash joins of millions of rows (the derived data, the foreign-key checks) in memory.
    await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
    const bulk = await step("bulk mode", () => enterBulkMode(tx, log));
    if (contactsTotal) await step("contacts", () => seedLargeContacts(tx, contactsTotal, log));
    if (appealsTotal || lettersTotal || eventsTotal) {
      const picks = await step("synthetic contacts read", () => syntheticContacts(tx));
      if (appealsTotal) await step("appeals", () => seedLargeAppeals(tx, picks, appealsTotal, log));
      if (lettersTotal) await step("letters", () => seedLargeLetters(tx, picks, lettersTotal, log));
      if (eventsTotal) await step("events", () => seedLargeEvents(tx, picks, eventsTotal, log));
    }
    const touched = await step("last contacted", () => touchLastContacted(tx));
    log(`  ${touched.toLocaleString("en")} contacts with a last contact`);
    const deltas = await step("most engaged", () => rebuildEngagement(tx));
    log(`  ${deltas.toLocaleString("en")} contact-month rows`);
    await bumpEngagementVersion(tx);
    await step("indexes and foreign keys", bulk.buildIndexesAndKeys);
    // After the indexes: the refresh reads replies and recipients by appeal.
    await step("appeal facts and months", () => refreshAppealFacts(tx));
    await bulk.enableTriggers();
    log("commit…");
  });
  // VACUUM as well as ANALYZE: the last-contacted update leaves a dead row per contact, and on a
  // server with autovacuum off (as on the benchmark machine) the first benchmarks ran 5–30× slower on them.
  await step("VACUUM (ANALYZE)", () => handle.db.execute(sql`VACUUM (ANALYZE)`));
  console.log(`\nDone in ${seconds(started)}:`);
  for (const [name, time] of steps) console.log(`  ${name.padEnd(26)} ${time}`);
} finally {
  await handle.close();
}
