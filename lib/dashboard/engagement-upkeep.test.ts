// The triggers of migration 0014: contacts.last_contacted_at follows every kind of interaction, and
// the cached "most engaged" figure is recomputed after any change it counts, never served stale.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import {
  activities,
  appealCases,
  appealDispatches,
  appealRecipients,
  appeals,
  campaigns,
  cases,
  contacts,
  events,
  invitations,
  letters,
  letterSignatories,
} from "@/db/schema";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { dashboardData } from "./queries";
import { dashboardSchema } from "./schema";

const now = new Date("2026-06-15T12:00:00Z");
const at = (d: string) => new Date(`${d}T00:00:00Z`);
let manager: TestUser;
let viewer: TestUser;
let campaign: string;

const lastContacted = async (id: string) =>
  (await db.select({ at: contacts.lastContactedAt }).from(contacts).where(eq(contacts.id, id)))[0].at?.toISOString() ?? null;
const person = async (label: string) =>
  (await db.insert(contacts).values({ fullName: unique(label), country: "NQ", parliamentaryBody: "pace" }).returning())[0].id;
const version = async () =>
  rowsOf<{ v: number }>(await db.execute(sql`SELECT version::int AS v FROM dashboard_versions WHERE name = 'engagement'`))[0].v;

beforeAll(async () => {
  [manager, viewer] = await Promise.all([createTestUser("manager"), createTestUser("viewer")]);
  [{ id: campaign }] = await db.insert(campaigns).values({ name: unique("Upkeep campaign") }).returning();
});

describe("contacts.last_contacted_at", () => {
  it("moves forward with activities, dispatches, invitations and letter asks, never back", async () => {
    const id = await person("Upkeep MP");
    expect(await lastContacted(id)).toBeNull();

    await db.insert(activities).values({ contactId: id, kind: "call", occurredAt: at("2025-03-01"), subject: "Call" });
    expect(await lastContacted(id)).toBe("2025-03-01T00:00:00.000Z");

    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Upkeep appeal"), status: "sent" }).returning();
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: id, name: "MP" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2025-05-10"), channel: "email" });
    expect(await lastContacted(id)).toBe("2025-05-10T00:00:00.000Z");

    const [letter] = await db.insert(letters).values({ kind: "joint_letter", title: unique("Upkeep letter") }).returning();
    const [s] = await db.insert(letterSignatories).values({ letterId: letter.id, contactId: id, status: "asked", askedOn: "2025-07-01" }).returning();
    expect(await lastContacted(id)).toBe("2025-07-01T00:00:00.000Z");
    await db.update(letterSignatories).set({ status: "signed", signedOn: "2025-08-02" }).where(eq(letterSignatories.id, s.id));
    expect(await lastContacted(id)).toBe("2025-08-02T00:00:00.000Z");

    const [event] = await db.insert(events).values({ title: unique("Upkeep event"), kind: "side_event", forum: "pace_session" }).returning();
    await db.insert(invitations).values({ eventId: event.id, contactId: id, invitedAt: at("2025-09-03") });
    expect(await lastContacted(id)).toBe("2025-09-03T00:00:00.000Z");

    // An older interaction logged later does not move it back.
    await db.insert(activities).values({ contactId: id, kind: "note", occurredAt: at("2024-01-01"), subject: "Old note" });
    expect(await lastContacted(id)).toBe("2025-09-03T00:00:00.000Z");
  });

  it("follows interactions moved onto another contact by a merge", async () => {
    const [kept, gone] = [await person("Upkeep kept"), await person("Upkeep duplicate")];
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Merge appeal"), status: "sent" }).returning();
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: gone, name: "Dup" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-01-04"), channel: "post" });
    expect(await lastContacted(kept)).toBeNull();
    await db.update(appealRecipients).set({ contactId: kept }).where(eq(appealRecipients.contactId, gone));
    expect(await lastContacted(kept)).toBe("2026-01-04T00:00:00.000Z");
  });
});

describe("the cached most-engaged figure", () => {
  const params = () => dashboardSchema.parse({ campaign, from: "2026-01-01", to: "2026-06-30" });

  it("is recomputed after every committed change it counts, and not before", async () => {
    const id = await person("Cache MEP");
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Cache appeal"), status: "sent", campaignId: campaign }).returning();
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: id, name: "MEP" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-02-01"), channel: "email" });

    const first = await dashboardData(manager, params(), now);
    expect(first.engaged.contacts).toEqual([expect.objectContaining({ id, dispatches: 1, total: 1 })]);
    const v = await version();
    // Served from the cache: same figure, no change in the counter.
    expect((await dashboardData(manager, params(), now)).engaged).toEqual(first.engaged);
    expect(await version()).toBe(v);

    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-03-01"), channel: "post" });
    expect(await version()).toBeGreaterThan(v);
    expect((await dashboardData(manager, params(), now)).engaged.contacts).toEqual([expect.objectContaining({ id, dispatches: 2, total: 2 })]);

    // Editing what the figure does not read leaves the counter alone; moving the appeal to
    // another campaign does not.
    const unchanged = await version();
    await db.update(appeals).set({ title: unique("Cache appeal renamed"), updatedAt: new Date() }).where(eq(appeals.id, appeal.id));
    await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Unrelated draft") });
    expect(await version()).toBe(unchanged);
    await db.update(appeals).set({ campaignId: null }).where(eq(appeals.id, appeal.id));
    expect(await version()).toBeGreaterThan(unchanged);
    expect((await dashboardData(manager, params(), now)).engaged.contacts).toEqual([]);
    await db.update(appeals).set({ campaignId: campaign }).where(eq(appeals.id, appeal.id));

    // A rolled-back change leaves the counter alone.
    const before = await version();
    await db
      .transaction(async (tx) => {
        await tx.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-04-01"), channel: "post" });
        throw new Error("rollback");
      })
      .catch(() => undefined);
    expect(await version()).toBe(before);
  });

  it("keeps a viewer's figure apart: restricting the case hides its appeal's dispatches at once", async () => {
    const id = await person("Cache PACE");
    const [c] = await db.insert(cases).values({ primaryName: unique("Cache case"), country: "KZ", status: "detained" }).returning();
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Cache appeal 2"), status: "sent", campaignId: campaign }).returning();
    await db.insert(appealCases).values({ appealId: appeal.id, caseId: c.id });
    const [r] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId: id, name: "PACE" }).returning();
    await db.insert(appealDispatches).values({ recipientId: r.id, sentOn: at("2026-02-02"), channel: "email" });

    const seen = async (user: TestUser) => (await dashboardData(user, params(), now)).engaged.contacts.some((x) => x.id === id);
    expect(await seen(viewer)).toBe(true);
    await db.update(cases).set({ restricted: true }).where(eq(cases.id, c.id));
    expect(await seen(viewer)).toBe(false);
    expect(await seen(manager)).toBe(true);
  });
});
