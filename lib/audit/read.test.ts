// Sensitive reads leave one audit entry each: auditRead itself, then every download route and the
// pages that open a restricted case, a request for help, a letter's print view or the attendance
// sheet, called as they are over HTTP with only "who is calling" replaced. A refused or missing
// record writes nothing.
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { appealRecipients, appeals, auditEntries, cases, contactLists, events, incomingAppeals } from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/sessions";
import { createTestUser, unique } from "@/tests/helpers";
import { auditRead, filterSummary } from "./read";

let caller: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller, requirePageUser: async () => caller }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/locale", () => ({ getLocale: async () => "en-GB" }));

/** A new user of `role` who is now the caller: their audit entries are this test's alone. */
async function signIn(role: Role): Promise<SessionUser> {
  const user = await createTestUser(role);
  caller = { ...user, mustChangePassword: false };
  return caller;
}

const entriesBy = (userId: string) =>
  db
    .select({ action: auditEntries.action, entity: auditEntries.entity, entityId: auditEntries.entityId, summary: auditEntries.summary, actorEmail: auditEntries.actorEmail })
    .from(auditEntries)
    .where(eq(auditEntries.actorId, userId))
    .orderBy(asc(auditEntries.at));

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
/** What next/navigation's notFound() throws: the page answers 404. */
const notFound = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
const url = (path: string) => new Request(`http://localhost${path}`);

let openCase: { id: string; name: string };
let restrictedCase: { id: string; name: string };
let incomingId: string;
let event: { id: string };
let undatedEvent: { id: string };
let listId: string;
let letter: { appealId: string; recipientId: string; draftAppealId: string; draftRecipientId: string };

beforeAll(async () => {
  const [a, b] = await db
    .insert(cases)
    .values([
      { primaryName: unique("Open Person") },
      { primaryName: unique("Hidden Person"), restricted: true },
    ])
    .returning({ id: cases.id, name: cases.primaryName });
  openCase = a;
  restrictedCase = b;
  const [incoming] = await db
    .insert(incomingAppeals)
    .values({ senderName: unique("Sender Person"), receivedOn: "2026-01-05", channel: "email", originalText: "Please help my brother." })
    .returning({ id: incomingAppeals.id });
  incomingId = incoming.id;
  const [dated, undated] = await db
    .insert(events)
    .values([
      { kind: "side_event", title: unique("Side-event"), startsAt: new Date(Date.now() + 30 * 86_400_000), status: "confirmed" },
      { kind: "side_event", title: unique("Undated side-event") },
    ])
    .returning({ id: events.id });
  event = dated;
  undatedEvent = undated;
  const [list] = await db.insert(contactLists).values({ name: unique("Export list") }).returning({ id: contactLists.id });
  listId = list.id;
  const [approved, draft] = await db
    .insert(appeals)
    .values([
      { type: "urgent_appeal", title: unique("Approved appeal"), subject: "Urgent", bodyMarkdown: "{{salutation}},\n\nRelease them.", status: "approved" },
      { type: "urgent_appeal", title: unique("Draft appeal"), subject: "Urgent", bodyMarkdown: "Draft.", status: "draft" },
    ])
    .returning({ id: appeals.id });
  const [recipient, draftRecipient] = await db
    .insert(appealRecipients)
    .values([
      { appealId: approved.id, name: "Ombudsman Person", email: "ombudsman@example.org", salutation: "Dear Ombudsman" },
      { appealId: draft.id, name: "Prosecutor Person", email: "prosecutor@example.org" },
    ])
    .returning({ id: appealRecipients.id });
  letter = { appealId: approved.id, recipientId: recipient.id, draftAppealId: draft.id, draftRecipientId: draftRecipient.id };
});

describe("auditRead", () => {
  it("writes one entry naming the acting user, as any role", async () => {
    for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) {
      const user = await signIn(role);
      await auditRead(user, { action: "download", entity: "event", entityId: event.id, summary: "Calendar file (.ics)" });
      expect(await entriesBy(user.id)).toEqual([{ action: "download", entity: "event", entityId: event.id, summary: "Calendar file (.ics)", actorEmail: user.email }]);
    }
  });

  it("summarizes filters as the query string, empty ones left out", () => {
    expect(filterSummary({ status: "detained", q: "", country: "BY", page: 2, tags: ["a", "b"], campaign: null })).toBe("?status=detained&country=BY&page=2&tags=a%2Cb");
    expect(filterSummary({ q: " " })).toBe("(no filter)");
  });
});

describe("downloads write exactly one entry", () => {
  it("a dashboard figure's CSV: the figure and the filters", async () => {
    const { GET } = await import("@/app/(app)/dashboard/export/[figure]/route");
    const manager = await signIn("manager");
    const res = await GET(url("/dashboard/export/cases-by-status?from=2025-01-01&name=Someone"), params({ figure: "cases-by-status" }));
    expect(res.status).toBe(200);
    await res.text();
    // The parsed filters only: a parameter the dashboard does not know is not recorded.
    expect(await entriesBy(manager.id)).toMatchObject([
      { action: "export", entity: "dashboard", entityId: "cases-by-status", summary: "Dashboard figure cases-by-status ?from=2025-01-01&body=all&months=6" },
    ]);

    const unknown = await GET(url("/dashboard/export/nope"), params({ figure: "nope" }));
    expect(unknown.status).toBe(404);
    expect(await entriesBy(manager.id)).toHaveLength(1);
  });

  it("an event's .ics; an undated or missing event writes nothing", async () => {
    const { GET } = await import("@/app/(app)/events/[id]/ics/route");
    const viewer = await signIn("viewer");
    expect((await GET(url(`/events/${undatedEvent.id}/ics`), params({ id: undatedEvent.id }))).status).toBe(409);
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await GET(url(`/events/${missing}/ics`), params({ id: missing }))).status).toBe(404);
    expect(await entriesBy(viewer.id)).toEqual([]);

    const res = await GET(url(`/events/${event.id}/ics`), params({ id: event.id }));
    expect(res.status).toBe(200);
    expect(await entriesBy(viewer.id)).toMatchObject([{ action: "download", entity: "event", entityId: event.id, summary: "Calendar file (.ics)" }]);
  });

  it("the events feed", async () => {
    const { GET } = await import("@/app/(app)/events/feed.ics/route");
    const officer = await signIn("officer");
    const res = await GET(url("/events/feed.ics"), params({}));
    expect(res.status).toBe(200);
    const [entry, ...more] = await entriesBy(officer.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: "download", entity: "event", entityId: null });
    expect(entry.summary).toMatch(/^Upcoming events feed \(\.ics, \d+ events\)$/);
  });

  it("a letter's PDF and .eml: the data-access function's own entry, not a second one", async () => {
    const pdf = (await import("@/app/(app)/appeals/[id]/recipients/[recipientId]/pdf/route")).GET;
    const eml = (await import("@/app/(app)/appeals/[id]/recipients/[recipientId]/eml/route")).GET;
    const officer = await signIn("officer");
    const ids = { id: letter.appealId, recipientId: letter.recipientId };
    expect((await pdf(url("/pdf"), params(ids))).status).toBe(200);
    expect((await eml(url("/eml"), params(ids))).status).toBe(200);
    const draft = { id: letter.draftAppealId, recipientId: letter.draftRecipientId };
    expect((await pdf(url("/pdf"), params(draft))).status).toBe(409);
    expect((await eml(url("/eml"), params(draft))).status).toBe(409);
    const entries = await entriesBy(officer.id);
    expect(entries.map((e) => [e.entity, e.entityId])).toEqual([
      ["appeal", letter.appealId],
      ["appeal", letter.appealId],
    ]);

    const viewer = await signIn("viewer"); // .eml needs appeal.write
    expect((await eml(url("/eml"), params(ids))).status).toBe(403);
    expect(await entriesBy(viewer.id)).toEqual([]);
  });

  it("the cases, contacts and list CSV exports: one entry each, none when refused", async () => {
    const cases = (await import("@/app/(app)/cases/export/route")).GET;
    const contacts = (await import("@/app/api/contacts/export/route")).GET;
    const list = (await import("@/app/api/lists/[id]/export/route")).GET;
    const officer = await signIn("officer");
    for (const res of [await cases(url("/cases/export?status=detained"), params({})), await contacts(url("/api/contacts/export?country=BY"), params({})), await list(url("/x"), params({ id: listId }))]) {
      expect(res.status).toBe(200);
      await res.text(); // every batch streamed: none of them writes more
    }
    expect((await entriesBy(officer.id)).map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ["export", "case", null],
      ["export", "contact", null],
      ["export", "contact_list", listId],
    ]);

    const viewer = await signIn("viewer");
    expect((await cases(url("/cases/export"), params({}))).status).toBe(403);
    expect((await contacts(url("/api/contacts/export"), params({}))).status).toBe(403);
    expect((await list(url("/x"), params({ id: listId }))).status).toBe(403);
    expect(await entriesBy(viewer.id)).toEqual([]);
  });
});

describe("pages that open sensitive records write one entry", () => {
  it("a restricted case, only when it is restricted and shown", async () => {
    const CasePage = (await import("@/app/(app)/cases/[id]/page")).default;
    const open = (id: string) => CasePage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });

    const viewer = await signIn("viewer");
    await expect(open(restrictedCase.id)).rejects.toMatchObject(notFound); // nothing was read
    await open(openCase.id);
    expect(await entriesBy(viewer.id)).toEqual([]);

    const manager = await signIn("manager");
    await open(openCase.id);
    await open(restrictedCase.id);
    const entries = await entriesBy(manager.id);
    expect(entries).toEqual([{ action: "view", entity: "case", entityId: restrictedCase.id, summary: "Opened the restricted case", actorEmail: manager.email }]);
    expect(JSON.stringify(entries)).not.toContain(restrictedCase.name);
  });

  it("a request for help", async () => {
    const IncomingPage = (await import("@/app/(app)/incoming/[id]/page")).default;
    const open = () => IncomingPage({ params: Promise.resolve({ id: incomingId }) });

    const viewer = await signIn("viewer");
    await expect(open()).rejects.toMatchObject(notFound);
    expect(await entriesBy(viewer.id)).toEqual([]);

    const officer = await signIn("officer");
    await open();
    expect(await entriesBy(officer.id)).toMatchObject([{ action: "view", entity: "incoming_appeal", entityId: incomingId, summary: "Opened the request for help" }]);
  });

  it("a letter's print view, not the page saying there is no letter yet", async () => {
    const PrintPage = (await import("@/app/(app)/appeals/[id]/recipients/[recipientId]/print/page")).default;
    const viewer = await signIn("viewer");
    await PrintPage({ params: Promise.resolve({ id: letter.draftAppealId, recipientId: letter.draftRecipientId }) });
    expect(await entriesBy(viewer.id)).toEqual([]);
    await PrintPage({ params: Promise.resolve({ id: letter.appealId, recipientId: letter.recipientId }) });
    const entries = await entriesBy(viewer.id);
    expect(entries).toMatchObject([{ action: "download", entity: "appeal", entityId: letter.appealId, summary: `Letter to recipient ${letter.recipientId} (print view)` }]);
    expect(JSON.stringify(entries)).not.toContain("Ombudsman Person");
  });

  it("the attendance sheet", async () => {
    const SheetPage = (await import("@/app/(app)/events/[id]/check-in/sheet/page")).default;
    const coordinator = await signIn("coordinator");
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(SheetPage({ params: Promise.resolve({ id: missing }) })).rejects.toMatchObject(notFound);
    await SheetPage({ params: Promise.resolve({ id: event.id }) });
    expect(await entriesBy(coordinator.id)).toMatchObject([{ action: "download", entity: "event", entityId: event.id, summary: "Attendance sheet (print view, 0 names)" }]);
  });
});
