// npm run bench:dashboard — p50/p95 of the managers' dashboard (every figure, as the page loads
// them) under several filters, and of the command palette's search, on whatever database
// DATABASE_URL points at; fill it first with `npm run db:seed:large -- --contacts 1000000
// --appeals 200000 --letters 20000 --events 20000`. With BENCH_URL set (a running `next start`),
// it also times /dashboard and the search page over HTTP.
// Run under the react-server condition so `server-only` modules load outside Next.
import "../env";
import { count } from "drizzle-orm";
import { closeDatabase, db } from "../../db/client";
import { appeals, campaigns, contacts, events, invitations } from "../../db/schema";
import { listGoals } from "../../lib/campaigns/goals";
import { campaignRecords, campaignTimeline } from "../../lib/campaigns/overview";
import { dashboardData } from "../../lib/dashboard/queries";
import { computeTopEngaged } from "../../lib/dashboard/engagement";
import { rollupMismatches } from "../../lib/dashboard/rollup-check";
import { dashboardSchema, resolveFilters } from "../../lib/dashboard/schema";
import { searchEverywhere } from "../../lib/search/everywhere";
import { benchManager, benchViewer, httpSession, measure, runs } from "./bench-lib";

const counts = await Promise.all([contacts, appeals, events, invitations].map((t) => db.select({ n: count() }).from(t)));
const [c, a, e, i] = counts.map(([r]) => r.n.toLocaleString("en"));
console.log(`contacts: ${c}, appeals: ${a}, events: ${e}, invitations: ${i}; ${runs} runs each\n`);

const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).limit(1);
const dash = (params: Record<string, string>, user: typeof benchViewer | typeof benchManager = benchManager) => () =>
  dashboardData(user, dashboardSchema.parse(params));
console.log("command palette (seven kinds at once)");
for (const q of ["akhmet", "Ахметова", "kazakhstan", "austrevicius", "minister", "tokayev", "an"]) {
  await measure(`  q="${q}"`, () => searchEverywhere(benchViewer, q));
}


console.log("\ndashboard (all figures)");
await measure("  default: last 12 months, manager", dash({}));
await measure("  default, viewer (restricted cases filtered)", dash({}, benchViewer));
await measure("  ten years", dash({ from: "2016-01-01", to: new Date().toISOString().slice(0, 10) }));
await measure("  ten years, viewer, country=KZ, body=pace", dash({ from: "2016-01-01", country: "KZ", body: "pace" }, benchViewer));
await measure("  country=KZ", dash({ country: "KZ" }));
await measure("  body=pace", dash({ body: "pace" }));
if (campaign) await measure("  one campaign", dash({ campaign: campaign.id }));
await measure("  not contacted in 24 months", dash({ months: "24" }));

if (campaign) {
  console.log("\ncampaign page (the first campaign)");
  await measure("  goals with progress", () => listGoals(benchManager, campaign.id));
  await measure("  cases, appeals, letters, events", () => campaignRecords(benchManager, campaign.id));
  await measure("  timeline, page 1", () => campaignTimeline(benchManager, campaign.id));
}

// "Most engaged" is served from dashboard_cache while nothing it counts has changed (the timings
// above, after their first run); this is what the first view after a change costs.
console.log("\nmost engaged contacts, recomputed (first view after a change)");
const now = new Date();
await measure("  default, manager", () => computeTopEngaged(benchManager, resolveFilters(dashboardSchema.parse({}), now)), 5);
await measure("  ten years, manager", () => computeTopEngaged(benchManager, resolveFilters(dashboardSchema.parse({ from: "2016-01-01" }), now)), 5);

// The summary tables the figures read, rebuilt from their sources: every count must be 0.
const started = performance.now();
const mismatches = await rollupMismatches();
console.log(`\nsummary tables against a rebuild (${Math.round(performance.now() - started)} ms): ${JSON.stringify(mismatches)} rows differ`);

if (process.env.BENCH_URL) {
  const get = await httpSession(process.env.BENCH_URL);
  console.log("\npages (server response, full HTML)");
  for (const path of ["/dashboard", "/dashboard?country=KZ", "/search?q=akhmet"]) await measure(`  GET ${path}`, () => get(path));
}
await closeDatabase();
