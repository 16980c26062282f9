// npm run bench:contacts — p50/p95 of the contacts search and list queries (the data-access
// functions the pages call) on whatever database DATABASE_URL points at; fill it first with
// `npm run db:seed:large -- --contacts 1000000`. With BENCH_URL set (a running `next start`),
// it also times the list page's server response, signed in as BENCH_EMAIL / BENCH_PASSWORD.
// Run under the react-server condition so `server-only` modules load outside Next.
//
// Every query shape of a search: short prefixes ("a", "an"), the seed's most common first names,
// names in both scripts, typos, a title phrase; each sorted by relevance and by name, page 1 and
// page 3; then with a filter (country, tag, list). `--quick` times the search grid only.
// The list filter needs a list of some size: the first run adds "Benchmark sample" (every 40th
// synthetic contact) when the database has none.
import "../env";
import { count, eq, sql } from "drizzle-orm";
import { closeDatabase, db } from "../../db/client";
import { contactLists, contacts } from "../../db/schema";
import { listContacts } from "../../lib/contacts/queries";
import { contactListSchema } from "../../lib/contacts/schema";
import { benchViewer as viewer, httpSession, measure, runs } from "./bench-lib";

type Listed = Awaited<ReturnType<typeof listContacts>>;
let last: Listed | undefined;
const list = (params: Record<string, string>) => async () => {
  last = await listContacts(viewer, contactListSchema.parse(params));
};
/** What the page would say about the total, from the last run. */
const shown = () => {
  if (!last) return "";
  const total = last.total.toLocaleString("en");
  const said = last.totalEstimated ? `about ${total}` : `${total}${last.totalCapped ? "+" : ""}`;
  return `${String(last.rows.length).padStart(2)} rows of ${said}`;
};
const time = (label: string, params: Record<string, string>) => measure(label, list(params), runs, shown);

const [{ n }] = await db.select({ n: count() }).from(contacts);
console.log(`contacts: ${n.toLocaleString("en")}, ${runs} runs each\n`);

const sampleName = "Benchmark sample (every 40th synthetic contact)";
let [sample] = await db.select({ id: contactLists.id }).from(contactLists).where(eq(contactLists.name, sampleName));
if (!sample) {
  [sample] = await db.insert(contactLists).values({ name: sampleName, source: "bench" }).returning({ id: contactLists.id });
  await db.execute(sql`
    INSERT INTO contact_list_members (list_id, contact_id)
    SELECT ${sample.id}, id FROM contacts WHERE source = 'synthetic' AND substring(source_ref FROM 12)::bigint % 40 = 0
    ON CONFLICT DO NOTHING`);
  // VACUUM as well: with autovacuum off (as on the benchmark machine) the new rows would stay in
  // the word index's pending list, which every search of a list then reads whole.
  await db.execute(sql`VACUUM (ANALYZE) contact_list_members`);
  console.log(`(added the list "${sampleName}")\n`);
}

// Names in both scripts, typos, a spelling variant; the seed's most common first names ("andrei":
// Andrei and Андрей, 1 contact in 40; "maria" 1 in 60; "elena" 1 in 30), "anna" (folded to "ana",
// three letters: a prefix) and one the seed lacks ("ivan"); a title phrase; one- and two-letter
// prefixes ("a": a word of one contact in five).
const queries = ["a", "an", "anna", "andrei", "maria", "elena", "ivan", "akhmetova", "Жанара Ахметова", "Akhmetva", "austrevicius", "Kowalsky", "yerzhan nurbaev", "minister of justice"];
console.log("search: relevance p1 / p3, by name p1 / p3");
for (const q of queries) {
  await time(`  q="${q}"`, { q });
  await time(`  q="${q}", page 3`, { q, page: "3" });
  await time(`  q="${q}", by name`, { q, sort: "name" });
  await time(`  q="${q}", by name, page 3`, { q, sort: "name", page: "3" });
}

if (!process.argv.includes("--quick")) {
  console.log("\nsearch with a filter");
  const filters: Record<string, Record<string, string>> = { "country=KZ": { country: "KZ" }, "tag=synthetic": { tag: "synthetic" }, "list=sample": { list: sample.id } };
  for (const q of ["a", "an", "anna", "akhmetova"]) {
    for (const [name, filter] of Object.entries(filters)) {
      await time(`  q="${q}" + ${name}`, { q, ...filter });
      await time(`  q="${q}" + ${name}, by name, page 3`, { q, ...filter, sort: "name", page: "3" });
    }
  }

  console.log("\nlists");
  await time("  all, by name, page 1", { sort: "name" });
  await time("  all, recently updated, page 1", { sort: "updated" });
  await time("  all, by name, page 400", { sort: "name", page: "400" });
  await time("  country=KZ, by name", { country: "KZ", sort: "name" });
  await time("  country=KZ, by name, page 3", { country: "KZ", sort: "name", page: "3" });
  await time("  body=pace, by name", { body: "pace", sort: "name" });
  await time("  tag=synthetic, by name", { tag: "synthetic", sort: "name" });
  await time("  list=sample, by name", { list: sample.id, sort: "name" });
  await time("  list=sample, by name, page 3", { list: sample.id, sort: "name", page: "3" });
}

if (process.env.BENCH_URL) {
  const get = await httpSession(process.env.BENCH_URL);
  console.log("\nlist page (server response, full HTML)");
  for (const path of ["/contacts", "/contacts?q=akhmetova", "/contacts?q=anna", "/contacts?q=an&sort=name&page=3", "/contacts?q=minister+of+justice", "/contacts?country=KZ&sort=name", "/contacts?sort=name&page=400"]) {
    await measure(`  GET ${path}`, () => get(path));
  }
}
await db.execute(sql`SELECT 1`);
await closeDatabase();
