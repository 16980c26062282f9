// npm run bench:contacts — p50/p95 of the contacts search and list queries (the data-access
// functions the pages call) on whatever database DATABASE_URL points at; fill it first with
// `npm run db:seed:large -- --contacts 1000000`. With BENCH_URL set (a running `next start`),
// it also times the list page's server response, signed in as BENCH_EMAIL / BENCH_PASSWORD.
// Run under the react-server condition so `server-only` modules load outside Next.
import "../env";
import { count, sql } from "drizzle-orm";
import { closeDatabase, db } from "../../db/client";
import { contacts } from "../../db/schema";
import { listContacts } from "../../lib/contacts/queries";
import { contactListSchema } from "../../lib/contacts/schema";
import { benchViewer as viewer, httpSession, measure, runs } from "./bench-lib";

const list = (params: Record<string, string>) => () => listContacts(viewer, contactListSchema.parse(params));

const [{ n }] = await db.select({ n: count() }).from(contacts);
console.log(`contacts: ${n.toLocaleString("en")}, ${runs} runs each\n`);

console.log("search");
// Names in both scripts, typos, a spelling variant, a common first name (11,000 matches), a title
// word in one contact of eleven, and a two-letter word.
for (const q of ["akhmetova", "Жанара Ахметова", "Akhmetva", "austrevicius", "Kowalsky", "yerzhan nurbaev", "anna", "minister of justice", "an"]) {
  await measure(`  q="${q}"`, list({ q }));
}
await measure(`  q="anna", by name, page 3`, list({ q: "anna", sort: "name", page: "3" }));
console.log("\nlists");
await measure("  all, by name, page 1", list({ sort: "name" }));
await measure("  all, recently updated, page 1", list({ sort: "updated" }));
await measure("  all, by name, page 400", list({ sort: "name", page: "400" }));
await measure("  country=KZ, by name", list({ country: "KZ", sort: "name" }));
await measure("  body=pace, by name", list({ body: "pace", sort: "name" }));
await measure("  q=akhmetova + country=KZ", list({ q: "akhmetova", country: "KZ" }));

if (process.env.BENCH_URL) {
  const get = await httpSession(process.env.BENCH_URL);
  console.log("\nlist page (server response, full HTML)");
  for (const path of ["/contacts", "/contacts?q=akhmetova", "/contacts?q=minister+of+justice", "/contacts?country=KZ&sort=name", "/contacts?sort=name&page=400"]) {
    await measure(`  GET ${path}`, () => get(path));
  }
}
await db.execute(sql`SELECT 1`);
await closeDatabase();
