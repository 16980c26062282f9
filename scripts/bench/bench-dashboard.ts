// npm run bench:dashboard — p50/p95 of the dashboard (every figure, as the page loads them) for
// every view and role (manager, admin, an officer assigned to a restricted case, viewer), of "most
// engaged" computed from scratch, of the whole dashboard as the first view after a real change
// (the cached figure refreshed), and of the command palette's search, on whatever database
// DATABASE_URL points at; fill it first with `npm run db:seed:large -- --contacts 1000000
// --appeals 200000 --letters 20000 --events 20000`. It then checks the figure read from the
// summary tables against the one-pass recompute from the interactions, and the summary tables
// against a rebuild (BENCH_SKIP_CHECK=1 skips both). With BENCH_URL set (a running `next
// start`), it also times /dashboard and the search page over HTTP. BENCH_SECTIONS (a comma-separated
// list of search, dashboard, figures, scratch, change, check, campaign; all when unset) runs only
// those; "figures" times each figure of the dashboard alone, for every view and role.
// Run under the react-server condition so `server-only` modules load outside Next.
import "../env";
import { count, sql } from "drizzle-orm";
import { closeDatabase, db, rowsOf } from "../../db/client";
import { appeals, campaigns, contacts, events, invitations } from "../../db/schema";
import { listGoals } from "../../lib/campaigns/goals";
import { campaignRecords, campaignTimeline } from "../../lib/campaigns/overview";
import { dashboardData } from "../../lib/dashboard/queries";
import { appealKpis, appealsPerMonth, awaitingApproval } from "../../lib/dashboard/appeals";
import { casesBreakdown, openLetters } from "../../lib/dashboard/cases-letters";
import { computeTopEngaged, dormantParliamentarians, topEngaged } from "../../lib/dashboard/engagement";
import { eventKpis, eventsPerMonth } from "../../lib/dashboard/events";
import { recomputeTopEngaged } from "../../lib/dashboard/engagement-reference";
import { rollupMismatches } from "../../lib/dashboard/rollup-check";
import { dashboardSchema, resolveFilters } from "../../lib/dashboard/schema";
import { searchEverywhere } from "../../lib/search/everywhere";
import { benchManager, benchViewer, httpSession, measure, runs } from "./bench-lib";

const sections = process.env.BENCH_SECTIONS?.split(",").map((s) => s.trim());
const section = (name: string) => !sections || sections.includes(name);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms`;
};

const counts = await Promise.all([contacts, appeals, events, invitations].map((t) => db.select({ n: count() }).from(t)));
const [c, a, e, i] = counts.map(([r]) => r.n.toLocaleString("en"));
console.log(`contacts: ${c}, appeals: ${a}, events: ${e}, invitations: ${i}; ${runs} runs each\n`);

const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).limit(1);
const dash = (params: Record<string, string>, user: BenchUser = benchManager) => () =>
  dashboardData(user, dashboardSchema.parse(params));
if (section("search")) {
  console.log("command palette (seven kinds at once)");
  for (const q of ["akhmet", "Ахметова", "kazakhstan", "austrevicius", "minister", "tokayev", "an"]) {
    await measure(`  q="${q}"`, () => searchEverywhere(benchViewer, q));
  }
}


// Every view for every role: the whole dashboard as the page loads it ("most engaged" from
// dashboard_cache after the first run), and "most engaged" computed from scratch, as a view finds
// it when no cached figure of its filters is left to refresh (a new day, new filters).
const today = new Date().toISOString().slice(0, 10);
const views: Array<[string, Record<string, string>]> = [
  ["default: last 12 months", {}],
  ["ten years", { from: "2016-01-01", to: today }],
  ["ten years, country=KZ, body=pace", { from: "2016-01-01", country: "KZ", body: "pace" }],
  ["country=KZ", { country: "KZ" }],
  ["body=pace", { body: "pace" }],
  ...(campaign ? [["one campaign", { campaign: campaign.id }] as [string, Record<string, string>]] : []),
  ["not contacted in 24 months", { months: "24" }],
  ["mid-month range (2025-03-15 → 2025-09-20)", { from: "2025-03-15", to: "2025-09-20" }],
];
// Every role that sees the dashboard differently: managers and admins count everything; an officer
// assigned to a restricted case (one of the database's, when any is assigned) has a view of their
// own; a viewer has the public one.
const [assigned] = rowsOf<{ id: string }>(
  await db.execute(sql`SELECT ca.user_id AS id FROM case_assignments ca JOIN cases ON cases.id = ca.case_id WHERE cases.restricted LIMIT 1`),
);
const benchOfficer = { id: assigned?.id ?? benchViewer.id, email: "bench-officer@example.org", role: "officer" as const };
const benchAdmin = { ...benchManager, role: "admin" as const };
type BenchUser = typeof benchManager | typeof benchAdmin | typeof benchOfficer | typeof benchViewer;
const roles: Array<[string, BenchUser]> = [
  ["manager", benchManager],
  ["admin", benchAdmin],
  [assigned ? "officer (assigned)" : "officer", benchOfficer],
  ["viewer", benchViewer],
];
if (section("dashboard")) {
  console.log("\ndashboard (all figures)");
  for (const [label, params] of views) for (const [role, user] of roles) await measure(`  ${label}, ${role}`, dash(params, user));
}

const now = new Date();
// Each figure alone (the dashboard runs them at once, so its time is about the slowest one's): the
// figure that costs most at scale shows here, not in the total.
if (section("figures")) {
  console.log("\neach figure alone");
  const figures: Array<[string, (user: BenchUser, f: ReturnType<typeof resolveFilters>) => Promise<unknown>]> = [
    ["appeal kpis", (user, f) => appealKpis(user, f)],
    ["awaiting approval", (user, f) => awaitingApproval(user, f, now)],
    ["appeals per month", (user, f) => appealsPerMonth(user, f)],
    ["event kpis", (user, f) => eventKpis(user, f, now)],
    ["events per month", (user, f) => eventsPerMonth(user, f, now)],
    ["open letters", (user, f) => openLetters(user, f)],
    ["most engaged (cached)", (user, f) => topEngaged(user, f)],
    ["not contacted in N months", (_user, f) => dormantParliamentarians(f, now)],
    ["cases", (user, f) => casesBreakdown(user, f)],
  ];
  for (const [label, params] of views) {
    for (const [role, user] of roles) {
      const f = resolveFilters(dashboardSchema.parse(params), now);
      for (const [figure, run] of figures) await measure(`  ${label}, ${role}: ${figure}`, () => run(user, f), Math.min(runs, 10));
    }
  }
}

if (section("scratch")) {
  console.log("\nmost engaged contacts and bodies, computed from scratch (no cached figure to refresh)");
  for (const [label, params] of views) {
    for (const [role, user] of roles) {
      await measure(`  ${label}, ${role}`, () => computeTopEngaged(user, resolveFilters(dashboardSchema.parse(params), now)), Math.min(runs, 10));
    }
  }
}

// The first view after a real change, for every view and role: each round makes a change that
// "most engaged" counts (in turns, a dispatch inserted and deleted, or a signature moved to today
// and back: statements whose triggers keep the summary tables and raise the cache's version), then
// loads the whole dashboard, which finds the cached figure stale and recomputes it.
{
  const [recipient] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM appeal_recipients WHERE contact_id IS NOT NULL LIMIT 1`));
  const [signature] = rowsOf<{ id: string; on: string }>(
    await db.execute(sql`SELECT id, signed_on::text AS "on" FROM letter_signatories WHERE status = 'signed' AND signed_on IS NOT NULL LIMIT 1`),
  );
  const changes = [
    recipient &&
      (async () => {
        const [d] = rowsOf<{ id: string }>(
          await db.execute(sql`INSERT INTO appeal_dispatches (recipient_id, sent_on, channel) VALUES (${recipient.id}, now(), 'email') RETURNING id`),
        );
        await db.execute(sql`DELETE FROM appeal_dispatches WHERE id = ${d.id}`);
      }),
    signature &&
      (async () => {
        await db.execute(sql`UPDATE letter_signatories SET signed_on = current_date WHERE id = ${signature.id}`);
        await db.execute(sql`UPDATE letter_signatories SET signed_on = ${signature.on}::date WHERE id = ${signature.id}`);
      }),
  ].filter((c): c is () => Promise<void> => !!c);
  if (changes.length && section("change")) {
    console.log("\nthe first view after a change (a dispatch inserted and deleted, or a signature moved and back, timed apart), whole dashboard");
    for (const [label, params] of views) {
      for (const [role, user] of roles) {
        const write: number[] = [];
        const view: number[] = [];
        for (let i = 0; i < Math.min(runs, 10); i++) {
          let t = performance.now();
          await changes[i % changes.length]();
          write.push(performance.now() - t);
          t = performance.now();
          await dash(params, user)();
          view.push(performance.now() - t);
        }
        console.log(`  ${`${label}, ${role}`.padEnd(60)} ${summary(view)}   (change: ${summary(write)})`);
      }
    }
  }
}

// The figure from the summary tables against the one-pass recompute from the interactions (what
// the dashboard ran before migration 0021), timed in turns under the same load: equal, and how much
// faster.
if (!process.env.BENCH_SKIP_CHECK && section("check")) {
  const turns = Number(process.env.BENCH_TURNS || 3);
  console.log(`\nmost engaged, one-pass recompute (before) against the summary tables (after), ${turns} turns each, p50`);
  const differ: string[] = [];
  for (const [label, params] of views) {
    for (const [role, user] of roles) {
      const f = resolveFilters(dashboardSchema.parse(params), now);
      const before: number[] = [];
      const after: number[] = [];
      let same = true;
      for (let i = 0; i < turns; i++) {
        let t = performance.now();
        const full = await recomputeTopEngaged(user, f);
        before.push(performance.now() - t);
        t = performance.now();
        const fast = await computeTopEngaged(user, f);
        after.push(performance.now() - t);
        same &&= JSON.stringify(fast) === JSON.stringify(full);
      }
      if (!same) differ.push(`${label}, ${role}`);
      const p50 = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
      console.log(`  ${`${label}, ${role}`.padEnd(50)} before ${p50(before).toFixed(1).padStart(8)} ms   after ${p50(after).toFixed(1).padStart(7)} ms   ${same ? "equal" : "DIFFERENT"}`);
    }
  }
  console.log(`most engaged from the summary tables = the one-pass recompute from the interactions: ${differ.length ? `NO: ${differ.join("; ")}` : "yes, every view and role"}`);
}

if (campaign && section("campaign")) {
  console.log("\ncampaign page (the first campaign)");
  await measure("  goals with progress", () => listGoals(benchManager, campaign.id));
  await measure("  cases, appeals, letters, events", () => campaignRecords(benchManager, campaign.id));
  await measure("  timeline, page 1", () => campaignTimeline(benchManager, campaign.id));
}

// The summary tables the figures read, rebuilt from their sources: every count must be 0.
if (!process.env.BENCH_SKIP_CHECK && section("check")) {
  const started = performance.now();
  const mismatches = await rollupMismatches();
  console.log(`\nsummary tables against a rebuild (${Math.round(performance.now() - started)} ms): ${JSON.stringify(mismatches)} rows differ`);
}

if (process.env.BENCH_URL) {
  const get = await httpSession(process.env.BENCH_URL);
  console.log("\npages (server response, full HTML)");
  for (const path of ["/dashboard", "/dashboard?country=KZ", "/search?q=akhmet"]) await measure(`  GET ${path}`, () => get(path));
}
await closeDatabase();
