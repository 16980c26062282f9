// npm run -s contacts:duplicates-score [-- --wrong]
// Scores the duplicate suggestions on the labelled pairs of lib/contacts/testdata/duplicate-pairs.json
// in a scratch database (a new database on the DATABASE_URL server, dropped afterwards, or a
// temporary PGlite folder): one line per pair with the verdict and the reasons the screen shows,
// then precision and recall. --wrong prints only the pairs it got wrong.
// Run under the react-server condition so `server-only` modules load outside Next.
import "./env";

// Not the audit line of every contact written.
process.env.LOG_LEVEL ??= "warn";
import { closeDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { loadLabelledPairs, readLabelledPairs, scoreDuplicates, scoreReport } from "../lib/contacts/duplicates-precision";
import { createTestUser } from "../tests/helpers";
import { scratchDatabase } from "../tests/scratch-database";

const scratch = await scratchDatabase("duplicates_score");
try {
  if (scratch.url) process.env.DATABASE_URL = scratch.url;
  else process.env.PGLITE_DIR = scratch.pgliteDir;
  await migrateDatabase(scratch.url);
  const officer = await createTestUser("officer");
  const manager = await createTestUser("manager");
  const loaded = await loadLabelledPairs(officer, readLabelledPairs());
  console.log(scoreReport(await scoreDuplicates(manager, loaded), { onlyWrong: process.argv.includes("--wrong") }));
} finally {
  await closeDatabase();
  await scratch.drop();
}
