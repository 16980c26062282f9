// The database's own guard for restricted cases (migration 0017), tested beneath the application:
// raw SQL as the app role advocacy_app with a viewer, an unassigned officer, an assigned officer
// and a manager set, exactly as db/client.ts opens every transaction. The tables are found from
// the catalog, so a new table that names or links a case without a policy fails here.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actorStatement, type DbActor } from "../db/actor";
import { db, rowsOf, type Tx } from "../db/client";
import * as s from "../db/schema";
import type { Role } from "../lib/auth/policy";
import { rowSecuredSearchTables } from "../lib/search/match";
import { createTestUser, unique } from "./helpers";

type Fk = { child: string; parent: string };

/** Every foreign key between public tables (child references parent). */
async function foreignKeys(): Promise<Fk[]> {
  return rowsOf<Fk>(
    await db.execute(sql`
      SELECT DISTINCT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
        FROM pg_constraint c
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`),
  );
}

/**
 * The tables that name or link a case: `cases`; every table with a foreign key to one of them
 * (names, history, assignments, links, activities, requests for help, recipients, dispatches...);
 * and the records a link table makes "about" a case (appeals, letters, events through
 * appeal_cases, letter_cases, event_cases). Campaigns group cases but are not about one: a
 * campaign names its cases only through case_campaigns, which is covered.
 */
export async function tablesAboutCases(): Promise<string[]> {
  const fks = await foreignKeys();
  const parentsOf = (table: string) => fks.filter((f) => f.child === table).map((f) => f.parent);
  // A link table: exactly two parents, one of them cases (appeal_cases, letter_cases...).
  const recordLinkedBy = (table: string) => {
    const parents = parentsOf(table);
    const other = parents.find((p) => p !== "cases");
    return parents.length === 2 && parents.includes("cases") && other && !["campaigns", "users"].includes(other) ? other : null;
  };
  const about = new Set(["cases"]);
  let grown = true;
  while (grown) {
    grown = false;
    const add = (table: string | null) => {
      if (table && !about.has(table)) grown = about.add(table) !== null;
    };
    for (const { child, parent } of fks) if (about.has(parent)) add(child);
    for (const table of [...about]) add(recordLinkedBy(table));
  }
  return [...about].sort();
}

/** Runs fn in a transaction acting as `actor` (as the app does), always rolled back. */
async function asActor<T>(actor: DbActor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db
    .transaction(async (tx) => {
      await tx.execute(sql.raw(actorStatement(actor)!));
      result = await fn(tx);
      throw new Rollback();
    })
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return result as T;
}
class Rollback extends Error {}

const count = async (tx: Tx, table: string) => Number(rowsOf<{ n: string }>(await tx.execute(sql.raw(`SELECT count(*) AS n FROM "${table}"`)))[0].n);

/** A restricted case with one record of every kind about it, written as the owner. */
async function restrictedCaseWithEverything(assignedId: string, authorId: string) {
  const [kase] = await db.insert(s.cases).values({ primaryName: unique("Rls canary"), restricted: true, searchText: "rls canary" }).returning();
  const [campaign] = await db.insert(s.campaigns).values({ name: unique("Rls campaign") }).returning();
  const [org] = await db.insert(s.organizations).values({ name: unique("Rls org") }).returning();
  const [contact] = await db.insert(s.contacts).values({ fullName: unique("Rls contact") }).returning();
  await db.insert(s.caseAssignments).values({ caseId: kase.id, userId: assignedId });
  await db.insert(s.caseNames).values({ caseId: kase.id, name: "Рлс канарейка" });
  await db.insert(s.caseStatusHistory).values({ caseId: kase.id, status: "detained", changedOn: "2026-01-01" });
  await db.insert(s.caseCampaigns).values({ caseId: kase.id, campaignId: campaign.id });
  await db.insert(s.activities).values({ contactId: contact.id, kind: "note", occurredAt: new Date(), subject: "About the canary", caseId: kase.id });
  await db.insert(s.incomingAppeals).values({ senderName: "Canary sender", receivedOn: "2026-01-02", channel: "email", originalText: "Help", caseId: kase.id });

  const [appeal] = await db.insert(s.appeals).values({ type: "urgent_appeal", title: unique("Rls appeal") }).returning();
  await db.insert(s.appealCases).values({ appealId: appeal.id, caseId: kase.id });
  await db.insert(s.appealReviews).values({ appealId: appeal.id, decision: "returned", reviewerId: authorId });
  await db.insert(s.appealBodyVersions).values({ appealId: appeal.id, versionNo: 1 });
  const [recipient] = await db.insert(s.appealRecipients).values({ appealId: appeal.id, contactId: contact.id, name: "Recipient" }).returning();
  await db.insert(s.appealDispatches).values({ recipientId: recipient.id, sentOn: new Date(), channel: "email" });
  await db.insert(s.appealReplies).values({ appealId: appeal.id, recipientId: recipient.id, receivedOn: "2026-02-01", fromName: "Prosecutor" });

  const [letter] = await db.insert(s.letters).values({ kind: "joint_letter", title: unique("Rls letter") }).returning();
  await db.insert(s.letterCases).values({ letterId: letter.id, caseId: kase.id });
  await db.insert(s.letterSignatories).values({ letterId: letter.id, contactId: contact.id });

  const [event] = await db.insert(s.events).values({ kind: "side_event", title: unique("Rls event") }).returning();
  await db.insert(s.eventCases).values({ eventId: event.id, caseId: kase.id });
  await db.insert(s.eventParticipants).values({ eventId: event.id, contactId: contact.id, role: "speaker" });
  await db.insert(s.eventPartners).values({ eventId: event.id, organizationId: org.id });
  await db.insert(s.eventTasks).values({ eventId: event.id, title: "Book the room" });
  await db.insert(s.invitations).values({ eventId: event.id, contactId: contact.id });
  return kase;
}

describe("row-level security for restricted cases", () => {
  it("covers every table that names or links a case with a policy for the app role", async () => {
    const tables = await tablesAboutCases();
    // A sanity floor: the catalog walk must find the tables we know of.
    expect(tables).toEqual(expect.arrayContaining(["cases", "case_names", "appeals", "appeal_dispatches", "appeal_facts", "letters", "letter_signatories", "events", "invitations", "event_funnel", "activities", "incoming_appeals"]));
    const guarded = rowsOf<{ table: string }>(
      await db.execute(sql`
        SELECT c.relname AS table FROM pg_class c
         WHERE c.relnamespace = 'public'::regnamespace AND c.relrowsecurity
           AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                         AND 'advocacy_app'::regrole = ANY (p.polroles))`),
    ).map((r) => r.table);
    expect(tables.filter((t) => !guarded.includes(t)), "tables about cases without a policy").toEqual([]);
  });

  it("runs the app role without superuser or BYPASSRLS, and derived-data triggers as their owner", async () => {
    const [role] = rowsOf<{ rolsuper: boolean; rolbypassrls: boolean }>(await db.execute(sql`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'advocacy_app'`));
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const invokers = rowsOf<{ name: string }>(
      await db.execute(sql`SELECT proname AS name FROM pg_proc WHERE prorettype = 'trigger'::regtype
                            AND pronamespace = 'public'::regnamespace AND NOT prosecdef`),
    );
    expect(invokers, "trigger functions that would compute derived data from one user's view").toEqual([]);
  });

  it("lets only managers, admins and assigned users select, update or delete a restricted case's rows", async () => {
    const [viewer, officer, assigned, manager] = await Promise.all([
      createTestUser("viewer"),
      createTestUser("officer"),
      createTestUser("officer"),
      createTestUser("manager"),
    ]);
    await restrictedCaseWithEverything(assigned.id, manager.id);
    const as = (u: { id: string; role: Role }): DbActor => ({ userId: u.id, role: u.role });

    for (const table of await tablesAboutCases()) {
      const owner = await count(db as unknown as Tx, table);
      const seen = {
        viewer: await asActor(as(viewer), (tx) => count(tx, table)),
        officer: await asActor(as(officer), (tx) => count(tx, table)),
        assigned: await asActor(as(assigned), (tx) => count(tx, table)),
        manager: await asActor(as(manager), (tx) => count(tx, table)),
      };
      // The assigned officer sees exactly the canary's rows more than an unassigned one.
      expect(seen.assigned - seen.officer, `${table}: rows of the restricted case hidden from an unassigned officer`).toBeGreaterThan(0);
      expect(seen.viewer, `${table}: viewer`).toBeLessThanOrEqual(seen.officer);
      expect(seen.manager, `${table}: manager sees everything`).toBe(owner);

      // Writes: an unassigned officer's UPDATE and DELETE of "everything" leave the canary's rows.
      const canaryRows = seen.assigned - seen.officer;
      const left = await asActor(as(officer), async (tx) => {
        const [{ column }] = rowsOf<{ column: string }>(
          await tx.execute(sql`SELECT a.attname AS column FROM pg_attribute a WHERE a.attrelid = ${table}::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum LIMIT 1`),
        );
        const updated = await tx.execute(sql.raw(`UPDATE "${table}" SET "${column}" = "${column}"`));
        await tx.execute(sql.raw(`SAVEPOINT del`));
        await tx.execute(sql.raw(`DELETE FROM "${table}"`)).catch(() => tx.execute(sql.raw(`ROLLBACK TO SAVEPOINT del`)));
        await tx.execute(actorStatementSql(as(assigned)));
        return { updated: (updated as unknown as { rowCount?: number; affectedRows?: number }).rowCount ?? (updated as unknown as { affectedRows?: number }).affectedRows, visible: await count(tx, table) };
      });
      expect(left.updated, `${table}: rows an unassigned officer could update`).toBe(seen.officer);
      expect(left.visible, `${table}: the restricted case's rows survive an unassigned officer's DELETE`).toBeGreaterThanOrEqual(canaryRows);
    }
  });

  it("searches every row-secured table with a word index through app_search_ids, and only those", async () => {
    const secured = rowsOf<{ table: string }>(
      await db.execute(sql`
        SELECT c.relname AS table FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'search_text'
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relrowsecurity ORDER BY 1`),
    ).map((r) => r.table);
    expect([...rowSecuredSearchTables].sort()).toEqual(secured);
    // It refuses a table without the restricted-case policy rather than search it unguarded.
    await expect(db.execute(sql`SELECT app_search_ids('contacts', '[["x"]]'::jsonb)`)).rejects.toThrow();
  });

  it("shows a guest with an invitation's private link that invitation and its event, and nothing else of the case", async () => {
    const [kase] = await db.insert(s.cases).values({ primaryName: unique("Rls guest case"), restricted: true, searchText: "rls guest case" }).returning();
    const [event] = await db.insert(s.events).values({ kind: "hearing", title: unique("Rls closed briefing") }).returning();
    await db.insert(s.eventCases).values({ eventId: event.id, caseId: kase.id });
    await db.insert(s.eventTasks).values({ eventId: event.id, title: "Seat plan" });
    const [a, b] = await db.insert(s.contacts).values([{ fullName: unique("Rls guest") }, { fullName: unique("Rls other guest") }]).returning();
    const hash = createHash("sha256").update(unique("token")).digest("hex");
    await db.insert(s.invitations).values([
      { eventId: event.id, contactId: a.id, rsvpTokenHash: hash },
      { eventId: event.id, contactId: b.id },
    ]);
    const seen = await asActor({ rsvpTokenHash: hash }, async (tx) => ({
      invitations: rowsOf<{ contact_id: string }>(await tx.execute(sql`SELECT contact_id FROM invitations WHERE event_id = ${event.id}`)).map((r) => r.contact_id),
      events: await tx.select().from(s.events).where(sql`id = ${event.id}`),
      tasks: await tx.select().from(s.eventTasks).where(sql`event_id = ${event.id}`),
      cases: await tx.select().from(s.cases).where(sql`id = ${kase.id}`),
    }));
    expect(seen).toMatchObject({ invitations: [a.id], events: [{ id: event.id }], tasks: [], cases: [] });
    const stranger = createHash("sha256").update("another link").digest("hex");
    expect(await asActor({ rsvpTokenHash: stranger }, (tx) => tx.select().from(s.events).where(sql`id = ${event.id}`))).toEqual([]);
  });

  it("refuses to link a record to a case the user may not see", async () => {
    const officer = await createTestUser("officer");
    const [kase] = await db.insert(s.cases).values({ primaryName: unique("Rls hidden"), restricted: true, searchText: "rls hidden" }).returning();
    const [appeal] = await db.insert(s.appeals).values({ type: "statement", title: unique("Rls open appeal") }).returning();
    await expect(
      asActor({ userId: officer.id, role: "officer" }, (tx) => tx.insert(s.appealCases).values({ appealId: appeal.id, caseId: kase.id })),
    ).rejects.toThrow();
  });

  it("shows the audit log to admins only, and lets anyone append to it", async () => {
    const [officer, admin] = await Promise.all([createTestUser("officer"), createTestUser("admin")]);
    await db.insert(s.auditEntries).values({ action: "update", entity: "case", summary: "Rls audit canary" });
    expect(await asActor({ userId: officer.id, role: "officer" }, (tx) => count(tx, "audit_entries"))).toBe(0);
    expect(await asActor({ userId: admin.id, role: "admin" }, (tx) => count(tx, "audit_entries"))).toBeGreaterThan(0);
    await asActor("anonymous", (tx) => tx.insert(s.auditEntries).values({ action: "sign_in_failed", entity: "user" }));
  });
});

const actorStatementSql = (actor: DbActor) => sql.raw(actorStatement(actor)!);
