// npm run db:backup [-- --out FILE]: the whole database into one file under backups/.
// PostgreSQL (DATABASE_URL): pg_dump custom format. Embedded PGlite: a tarball of the data folder
// (stop the app first: PGlite is one process per data folder).
import "./env";
import { parseArgs } from "node:util";
import { pgliteDir } from "../db/client";
import { BackupError, backupDatabase, describe } from "../db/backup";

const { values } = parseArgs({ options: { out: { type: "string" } } });

try {
  const result = await backupDatabase({ url: process.env.DATABASE_URL, pgliteDir: pgliteDir() }, values.out);
  console.log(`Backup written (${result.kind === "postgres" ? "pg_dump, custom format" : "PGlite data folder"}).`);
  console.log(describe(result));
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
