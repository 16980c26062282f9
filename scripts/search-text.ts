// npm run db:search-text [-- --fix]: rebuilds every row's search text with the one definition
// (lib/search/search-text.ts) and prints how many rows differ, per kind; with --fix, rewrites them
// (e.g. a database seeded before the seed used the definition). Reads in batches; safe to run live.
import "./env";
import { createDatabase } from "../db/client";
import { searchTextMismatches } from "../lib/search/search-text-check";

const fix = process.argv.includes("--fix");
const handle = createDatabase();
try {
  const mismatches = await searchTextMismatches(handle.db, { fix });
  for (const [kind, rows] of Object.entries(mismatches)) console.log(`${kind.padEnd(14)} ${rows} ${rows === 1 ? "row differs" : "rows differ"}${fix && rows ? " (rewritten)" : ""}`);
  if (!fix && Object.values(mismatches).some((n) => n > 0)) {
    console.log("\nRun again with --fix to rewrite them.");
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
