// npm run bench:appeals — p50/p95 of the appeals and letters list queries and of a letter's tally
// (the data-access functions the pages call) on whatever database DATABASE_URL points at; fill it
// first with `npm run db:seed:large -- --contacts 1000000 --appeals 200000 --letters 20000`. With
// BENCH_URL set (a running `next start`), it also times the pages over HTTP.
// Run under the react-server condition so `server-only` modules load outside Next.
import "../env";
import { count, desc, sql } from "drizzle-orm";
import { closeDatabase, db, rowsOf } from "../../db/client";
import { appealDispatches, appeals, letters, letterSignatories } from "../../db/schema";
import { countAppealsByStatus, listAppeals } from "../../lib/appeals/queries";
import { appealListSchema } from "../../lib/appeals/schema";
import { listLetters } from "../../lib/letters/queries";
import { letterListSchema } from "../../lib/letters/schema";
import { letterTally } from "../../lib/letters/tally";
import { benchManager, benchViewer, httpSession, measure, runs } from "./bench-lib";

const [[a], [d], [l], [s]] = await Promise.all([
  db.select({ n: count() }).from(appeals),
  db.select({ n: count() }).from(appealDispatches),
  db.select({ n: count() }).from(letters),
  db.select({ n: count() }).from(letterSignatories),
]);
console.log(
  `appeals: ${a.n.toLocaleString("en")}, dispatches: ${d.n.toLocaleString("en")}, letters: ${l.n.toLocaleString("en")}, signatories: ${s.n.toLocaleString("en")}; ${runs} runs each\n`,
);

const appealList = (params: Record<string, string>, user: typeof benchViewer | typeof benchManager = benchViewer) => () => listAppeals(user, appealListSchema.parse(params));
console.log("appeals list");
await measure("  all, page 1 (viewer: restricted cases filtered)", appealList({}));
await measure("  all, page 1 (manager)", appealList({}, benchManager));
await measure("  status=sent", appealList({ status: "sent" }));
await measure("  status=in_review", appealList({ status: "in_review" }));
await measure("  q=akhmetova", appealList({ q: "akhmetova" }));
await measure("  page 200", appealList({ page: "200" }));
await measure("  status tabs (counts per status)", () => countAppealsByStatus(benchViewer, appealListSchema.parse({})));

const letterList = (params: Record<string, string>) => () => listLetters(benchViewer, letterListSchema.parse(params));
console.log("\nletters list");
await measure("  all, page 1", letterList({ status: "all" }));
await measure("  open (draft or collecting)", letterList({}));
await measure("  body=pace", letterList({ body: "pace", status: "all" }));
await measure("  q=akhmetova", letterList({ q: "akhmetova", status: "all" }));

// The letter with the largest pool.
const [busiest] = rowsOf<{ id: string }>(
  await db.execute(sql`SELECT letter_id AS id FROM ${letterSignatories} GROUP BY letter_id ORDER BY count(*) DESC LIMIT 1`),
);
console.log("\nletter tally");
if (busiest) await measure("  the largest pool", () => letterTally(benchViewer, busiest.id));

if (process.env.BENCH_URL) {
  const get = await httpSession(process.env.BENCH_URL);
  const [recent] = await db.select({ id: appeals.id }).from(appeals).orderBy(desc(appeals.updatedAt)).limit(1);
  console.log("\npages (server response, full HTML)");
  const paths = ["/appeals", "/appeals?status=sent", "/letters", busiest ? `/letters/${busiest.id}` : null, recent ? `/appeals/${recent.id}` : null];
  for (const path of paths.filter((p): p is string => !!p)) await measure(`  GET ${path}`, () => get(path));
}
await closeDatabase();
