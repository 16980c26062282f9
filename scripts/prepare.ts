// Runs before `npm run dev` and `npm start`: creates what a fresh clone lacks (AUTH_SECRET in
// .env.local, the PGlite data folder), applies migrations, seeds demo data into an empty
// database (never in production), rebuilds the search text when its definition changed since the
// database was built (lib/search/search-text-version.ts) and prints the demo accounts.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";

const envFile = path.join(process.cwd(), ".env.local");
const hasSecret = process.env.AUTH_SECRET || (existsSync(envFile) && /^AUTH_SECRET=/m.test(readFileSync(envFile, "utf8")));
if (!hasSecret) {
  appendFileSync(envFile, `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  console.log("Created .env.local with a random AUTH_SECRET.");
}

await import("./env");
const { migrateDatabase } = await import("../db/migrate");
const { seedIfEmpty, printDemoAccounts } = await import("./seed/seed-if-empty");

await migrateDatabase();
console.log(`Database migrated (${process.env.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite in ./data"}).`);
if (process.env.NODE_ENV !== "production") await seedIfEmpty();
await rebuildSearchText();
if (process.env.NODE_ENV !== "production") printDemoAccounts();

/** Rows built by an older search-text definition would not match queries normalized by this one. */
async function rebuildSearchText() {
  const { createDatabase } = await import("../db/client");
  const { rebuildSearchTextIfChanged } = await import("../lib/search/search-text-version");
  const handle = createDatabase();
  try {
    const started = Date.now();
    const rewritten = await rebuildSearchTextIfChanged(handle.db);
    const rows = rewritten ? Object.values(rewritten).reduce((a, b) => a + b, 0) : 0;
    if (rows) console.log(`Search text rebuilt for a changed definition: ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await handle.close();
  }
}
