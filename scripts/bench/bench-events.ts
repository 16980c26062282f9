// npm run bench:events — p50/p95 of the events list, the month calendar, one event's invitation
// funnel and the public RSVP page's lookup, on whatever database DATABASE_URL points at; fill it
// first with `npm run db:seed:large -- --contacts 1000000 --events 20000`. With BENCH_URL set (a
// running `next start` with the same AUTH_SECRET), it also times the pages over HTTP, the RSVP
// page without a session. Run under the react-server condition so `server-only` modules load.
import "../env";
import { count, desc, eq, gt, sql } from "drizzle-orm";
import { closeDatabase, db } from "../../db/client";
import { events, invitations } from "../../db/schema";
import { calendarEvents } from "../../lib/events/calendar-queries";
import { listEvents } from "../../lib/events/list";
import { eventListSchema } from "../../lib/events/schema";
import { eventFunnel } from "../../lib/invitations/funnel";
import { rsvpView } from "../../lib/invitations/rsvp";
import { issueToken, rsvpToken } from "../../lib/invitations/token";
import { benchViewer, httpSession, measure, runs } from "./bench-lib";

const [[e], [i]] = await Promise.all([db.select({ n: count() }).from(events), db.select({ n: count() }).from(invitations)]);
console.log(`events: ${e.n.toLocaleString("en")}, invitations: ${i.n.toLocaleString("en")}; ${runs} runs each\n`);

const list = (params: Record<string, string>) => () => listEvents(benchViewer, eventListSchema.parse(params));
console.log("events list");
await measure("  upcoming (default)", list({}));
await measure("  past", list({ when: "past" }));
await measure("  all, kind=side_event", list({ when: "all", kind: "side_event" }));
await measure("  q=kazakhstan", list({ when: "all", q: "kazakhstan" }));
await measure("  past, page 100", list({ when: "past", page: "100" }));
const month = new Date().toISOString().slice(0, 7);
await measure(`  calendar ${month}`, () => calendarEvents(benchViewer, month));

// The next upcoming event with invitations: its funnel, and one guest's RSVP link made valid.
const [next] = await db
  .select({ id: events.id })
  .from(events)
  .where(gt(events.startsAt, new Date()))
  .orderBy(events.startsAt)
  .limit(1);
const [guest] = next ? await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.eventId, next.id)).orderBy(desc(invitations.id)).limit(1) : [];
let token = "";
if (guest) {
  const issued = issueToken(guest.id);
  await db.update(invitations).set({ rsvpTokenHash: issued.hash, rsvpTokenCreatedAt: issued.createdAt }).where(eq(invitations.id, guest.id));
  token = rsvpToken(guest.id, issued.createdAt);
  console.log("\none event");
  await measure("  invitation funnel", () => eventFunnel(benchViewer, next.id));
  await measure("  RSVP lookup by token", async () => {
    if (!(await rsvpView(token))) throw new Error("the RSVP token did not resolve");
  });
}

if (process.env.BENCH_URL) {
  const get = await httpSession(process.env.BENCH_URL);
  console.log("\npages (server response, full HTML)");
  const paths = ["/events", "/events?when=past", "/events/calendar", next ? `/events/${next.id}` : null, next ? `/events/${next.id}/invitations` : null];
  for (const path of paths.filter((p): p is string => !!p)) await measure(`  GET ${path}`, () => get(path));
  if (token) {
    const url = `${process.env.BENCH_URL.replace(/\/$/, "")}/rsvp/${token}`;
    await measure("  GET /rsvp/<token> (no session)", async () => {
      const res = await fetch(url);
      if (res.status !== 200) throw new Error(`RSVP page → ${res.status}`);
      await res.text();
    });
  }
}
await db.execute(sql`SELECT 1`);
await closeDatabase();
