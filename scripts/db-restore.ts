// npm run db:restore -- FILE [--force]: restores a backup made by db:backup into the database of
// DATABASE_URL (or the PGlite folder when there is none). Refuses a target that holds any table
// unless --force (alias --clean) is given: then PostgreSQL objects in the dump are dropped and
// recreated, and a PGlite folder is moved aside (kept) and replaced.
import "./env";
import { parseArgs } from "node:util";
import { pgliteDir } from "../db/client";
import { BackupError, describe, restoreDatabase } from "../db/backup";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: "boolean", default: false }, clean: { type: "boolean", default: false } },
});

if (positionals.length !== 1) {
  console.error("Usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
}

try {
  const result = await restoreDatabase(
    { url: process.env.DATABASE_URL, pgliteDir: pgliteDir() },
    positionals[0],
    values.force || values.clean,
  );
  if (result.replaced) console.log(`The previous data folder was moved to ${result.replaced}.`);
  console.log(`Restored into ${result.kind === "postgres" ? "the database of DATABASE_URL" : `the PGlite folder ${pgliteDir()}`}.`);
  console.log(describe(result));
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
