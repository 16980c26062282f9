// npm run db:phones [-- --fix]: recomputes every phone's E.164 form (contact_phones.phone_e164) with
// the one definition (phoneColumns, lib/contacts/phones.ts) and prints how many rows lack it or
// differ; with --fix, writes them. Run once after migration 0018 on a database written before it
// (the migration cannot compute E.164 in SQL). Reads in batches; idempotent; safe to run live.
import "./env";
import { createDatabase } from "../db/client";
import { phoneE164Mismatches } from "../lib/contacts/phones-check";

const fix = process.argv.includes("--fix");
const handle = createDatabase();
try {
  const rows = await phoneE164Mismatches(handle.db, { fix });
  console.log(`contact_phones ${rows} ${rows === 1 ? "row lacks or differs in" : "rows lack or differ in"} phone_e164${fix && rows ? " (rewritten)" : ""}`);
  if (!fix && rows > 0) {
    console.log("\nRun again with --fix to write them.");
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
