// npm run bench:pages — the server time of every main page of a running production build
// (`npm run build && npm start`, or BENCH_URL), signed in as BENCH_EMAIL (the demo officer by
// default: the manager's role requires a second factor, which a script cannot give; the officer's
// pages also apply the restricted-case rule, the costlier path), on whatever database it and
// DATABASE_URL point at: the demo data, or the large seed.
// Each page is fetched whole (HTML) BENCH_RUNS times after one warm-up; the figures are the time
// to the last byte on this machine, with the size of the HTML. Detail pages take the busiest
// record of their kind (most recipients, the largest pool, most invitations…), the worst case.
// Run under the react-server condition so `server-only` modules load outside Next.
import "../env";
import { sql } from "drizzle-orm";
import { closeDatabase, db, rowsOf } from "../../db/client";
import { httpSession, measure } from "./bench-lib";

const base = process.env.BENCH_URL || "http://127.0.0.1:3000";
process.env.BENCH_EMAIL ||= "officer@demo.test";

/** The id of the first row a query returns, or null when the table is empty. */
async function pick(query: ReturnType<typeof sql>): Promise<string | null> {
  return rowsOf<{ id: string }>(await db.execute(query))[0]?.id ?? null;
}

const ids = {
  appeal: await pick(sql`SELECT appeal_id AS id FROM appeal_recipients GROUP BY appeal_id ORDER BY count(*) DESC LIMIT 1`),
  letter: await pick(sql`SELECT letter_id AS id FROM letter_signatories GROUP BY letter_id ORDER BY count(*) DESC LIMIT 1`),
  event: await pick(sql`SELECT event_id AS id FROM invitations GROUP BY event_id ORDER BY count(*) DESC LIMIT 1`),
  contact: await pick(sql`SELECT contact_id AS id FROM appeal_recipients WHERE contact_id IS NOT NULL GROUP BY contact_id ORDER BY count(*) DESC LIMIT 1`),
  case: await pick(sql`SELECT case_id AS id FROM appeal_cases GROUP BY case_id ORDER BY count(*) DESC LIMIT 1`),
  list: await pick(sql`SELECT list_id AS id FROM contact_list_members GROUP BY list_id ORDER BY count(*) DESC LIMIT 1`),
  campaign: await pick(sql`SELECT campaign_id AS id FROM appeals WHERE campaign_id IS NOT NULL GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1`),
  organization: await pick(sql`SELECT organization_id AS id FROM contacts WHERE organization_id IS NOT NULL GROUP BY organization_id ORDER BY count(*) DESC LIMIT 1`),
  incoming: await pick(sql`SELECT id FROM incoming_appeals ORDER BY received_on DESC LIMIT 1`),
};

const role = await pick(sql`SELECT role::text AS id FROM users WHERE lower(email) = lower(${process.env.BENCH_EMAIL})`);
const mayMerge = role === "manager" || role === "admin";
const recipient = ids.appeal && (await pick(sql`SELECT id FROM appeal_recipients WHERE appeal_id = ${ids.appeal} ORDER BY id LIMIT 1`));

// [what is timed, the path]; a detail page whose kind has no row is left out.
const pages: Array<[string, string | null | false]> = [
  ["dashboard", "/dashboard"],
  ["my work", "/my-work"],
  ["search everywhere, akhmetova", "/search?q=akhmetova"],
  ["contacts", "/contacts"],
  ["contacts, q=anna", "/contacts?q=anna"],
  ["duplicate contacts", mayMerge && "/contacts/duplicates"],
  ["contacts from a report", "/contacts/from-report"],
  ["organizations", "/organizations"],
  ["cases", "/cases"],
  ["appeals", "/appeals"],
  ["letters", "/letters"],
  ["events", "/events"],
  ["events calendar", "/events/calendar"],
  ["lists", "/lists"],
  ["incoming", "/incoming"],
  ["campaigns", "/campaigns"],
  ["contact (most recipient rows)", ids.contact && `/contacts/${ids.contact}`],
  ["organization (most contacts)", ids.organization && `/organizations/${ids.organization}`],
  ["case (most appeals)", ids.case && `/cases/${ids.case}`],
  ["appeal (most recipients)", ids.appeal && `/appeals/${ids.appeal}`],
  ["its first letter, print view", recipient && `/appeals/${ids.appeal}/recipients/${recipient}/print`],
  ["its first letter, PDF", recipient && `/appeals/${ids.appeal}/recipients/${recipient}/pdf`],
  ["letter (largest pool)", ids.letter && `/letters/${ids.letter}`],
  ["event (most invitations)", ids.event && `/events/${ids.event}`],
  ["its invitations", ids.event && `/events/${ids.event}/invitations`],
  ["its check-in", ids.event && `/events/${ids.event}/check-in`],
  ["list (most members)", ids.list && `/lists/${ids.list}`],
  ["campaign (most appeals)", ids.campaign && `/campaigns/${ids.campaign}`],
  ["incoming request (latest)", ids.incoming && `/incoming/${ids.incoming}`],
];

const get = await httpSession(base);
console.log(`${base}, signed in as ${process.env.BENCH_EMAIL}; each page fetched whole, after one warm-up\n`);
for (const [label, path] of pages) {
  if (!path) continue;
  let bytes = 0;
  await measure(label, async () => (bytes = await get(path)), undefined, () => `${Math.round(bytes / 1024)} KB`);
}
await closeDatabase();
