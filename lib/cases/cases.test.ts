import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appealCases, appeals, auditEntries, caseAssignments, caseStatusHistory, cases, events, eventCases } from "@/db/schema";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { startCaseExport } from "./export";
import { assignUser, createCase, deleteCase, unassignUser, updateCase } from "./mutations";
import { caseFilterOptions, getCase, listCases } from "./queries";
import { caseFormSchema, caseListSchema, type CaseFormInput } from "./schema";
import { getCaseTimeline } from "./timeline";

const input = (over: Partial<CaseFormInput> = {}): CaseFormInput => ({
  primaryName: "Test Person",
  nameNative: "",
  names: [],
  country: "KZ",
  status: "at_risk",
  statusSince: "",
  restricted: false,
  charges: "",
  summary: "",
  tags: "",
  campaignIds: [],
  ...over,
});
const values = (over: Partial<CaseFormInput> = {}) => caseFormSchema.parse(input(over));
const list = (raw: Record<string, string>) => caseListSchema.parse(raw);

async function collect(batches: AsyncIterable<unknown[][]>) {
  const rows: unknown[][] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

const roles = ["viewer", "officer", "coordinator", "manager", "admin"] as const;
let u: Record<(typeof roles)[number], TestUser>;
let assignedOfficer: TestUser;
let assignedCoordinator: TestUser;

beforeAll(async () => {
  const made = await Promise.all(roles.map((r) => createTestUser(r)));
  u = Object.fromEntries(roles.map((r, i) => [r, made[i]])) as typeof u;
  [assignedOfficer, assignedCoordinator] = await Promise.all([createTestUser("officer"), createTestUser("coordinator")]);
});

describe("cases", () => {
  it("creates a case with name variants, finds it in any script, and recomputes the search on edit", async () => {
    const tag = unique("variants").replace(" ", "-");
    const { id } = await createCase(u.officer, values({
      primaryName: "Zhanara Akhmetova",
      names: [{ name: "Жанара Ахметова", script: "cyrillic", language: "ru" }],
      tags: tag,
      statusSince: "2020-05-14",
      status: "extradition_risk",
    }));
    const byCyrillic = await listCases(u.viewer, list({ q: "Ахметова", tag }));
    expect(byCyrillic.rows.map((r) => r.id)).toEqual([id]);
    // A case known only by its Cyrillic name is found by its Latin transliteration, typo included.
    const { id: cyrillicOnly } = await createCase(u.officer, values({ primaryName: "Жанара Ахметова", tags: tag }));
    expect((await listCases(u.viewer, list({ q: "akhmetova", tag }))).rows.map((r) => r.id).sort()).toEqual([id, cyrillicOnly].sort());
    expect((await listCases(u.viewer, list({ q: "ahmetva", tag }))).total).toBe(2);

    const created = await getCase(u.viewer, id);
    expect(created.names).toMatchObject([{ name: "Жанара Ахметова", script: "cyrillic", language: "ru" }]);
    expect(created.history).toMatchObject([{ status: "extradition_risk", changedOn: "2020-05-14" }]);

    // The variant is replaced: the old spelling no longer finds the case, the new one does.
    await updateCase(u.officer, { id, version: 1, values: values({ primaryName: "Zhanara Akhmetova", names: [{ name: "Janara Qwertyova", script: "latin", language: "" }], tags: tag, status: "extradition_risk" }) });
    expect((await listCases(u.viewer, list({ q: "qwertyova", tag }))).rows.map((r) => r.id)).toEqual([id]);
    expect((await getCase(u.viewer, id)).names).toMatchObject([{ name: "Janara Qwertyova", script: "latin", language: null }]);
    const [row] = await db.select({ searchText: cases.searchText }).from(cases).where(eq(cases.id, id));
    expect(row.searchText).not.toMatch(/ahmetova.*ahmetova/);
  });

  it("keeps a dated status history, refuses stale versions and audits every change", async () => {
    const { id } = await createCase(u.officer, values({ primaryName: unique("History Person"), status: "detained", statusSince: "2024-01-10" }));
    await updateCase(u.officer, { id, version: 1, values: values({ primaryName: "History Person", status: "imprisoned", statusSince: "2024-06-01" }) });
    // An edit that keeps the status adds no history row.
    await updateCase(u.manager, { id, version: 2, values: values({ primaryName: "History Person", status: "imprisoned", summary: "Sentenced" }) });
    await expect(updateCase(u.officer, { id, version: 2, values: values({ primaryName: "Stale" }) })).rejects.toBeInstanceOf(StaleError);
    const c = await getCase(u.viewer, id);
    expect(c).toMatchObject({ primaryName: "History Person", status: "imprisoned", summary: "Sentenced", version: 3 });
    expect(c.history.map((h) => [h.status, h.changedOn])).toEqual([["imprisoned", "2024-06-01"], ["detained", "2024-01-10"]]);

    const timeline = await getCaseTimeline(u.viewer, id);
    expect(timeline.entries.map((e) => e.kind)).toEqual(["status", "status"]);

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "case"), eq(auditEntries.entityId, id))).orderBy(auditEntries.at);
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "update"]);
    expect(audit[1]).toMatchObject({ actorId: u.officer.id, changes: { status: { before: "detained", after: "imprisoned" } } });
  });

  it("links campaigns, rejects unknown ones, and shows linked appeals and events on the timeline", async () => {
    const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Urgent appeal") }).returning();
    await expect(createCase(u.officer, values({ campaignIds: [appeal.id] }))).rejects.toBeInstanceOf(ValidationError);
    const { id } = await createCase(u.officer, values({ primaryName: unique("Timeline Person") }));
    await db.insert(appealCases).values({ appealId: appeal.id, caseId: id });
    const [event] = await db.insert(events).values({ kind: "side_event", title: unique("Side-event"), startsAt: new Date("2030-01-20T10:00:00Z") }).returning();
    await db.insert(eventCases).values({ eventId: event.id, caseId: id });
    const { entries, total } = await getCaseTimeline(u.viewer, id);
    expect(total).toBe(3);
    expect(entries[0]).toMatchObject({ kind: "event", title: event.title, href: `/events/${event.id}` });
    expect(entries.map((e) => e.kind)).toContain("appeal");

    // The appeal keeps the case: deleting it is refused with a message, not a database error.
    await expect(deleteCase(u.manager, { id, version: 1 })).rejects.toThrow("This case has appeals; it cannot be deleted.");
  });

  it("deletes a case without appeals, audited, for managers and admins only", async () => {
    const { id } = await createCase(u.officer, values({ primaryName: unique("Delete Person") }));
    for (const user of [u.viewer, u.officer, u.coordinator]) await expect(deleteCase(user, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    // @ts-expect-error: no user at all
    await expect(deleteCase(null, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteCase(u.admin, { id, version: 9 })).rejects.toBeInstanceOf(StaleError);
    await deleteCase(u.admin, { id, version: 1 });
    await expect(getCase(u.admin, id)).rejects.toBeInstanceOf(NotFoundError);
    const [entry] = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, id), eq(auditEntries.action, "delete")));
    expect(entry).toMatchObject({ actorId: u.admin.id, entity: "case" });
  });

  it("refuses every change to roles without the capability, and to nobody", async () => {
    const { id } = await createCase(u.manager, values({ primaryName: unique("Refused Person") }));
    for (const user of [u.viewer, u.coordinator]) {
      await expect(createCase(user, values())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateCase(user, { id, version: 1, values: values() })).rejects.toBeInstanceOf(ForbiddenError);
    }
    for (const user of [u.viewer, u.officer, u.coordinator]) {
      await expect(assignUser(user, { caseId: id, userId: assignedOfficer.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(unassignUser(user, { caseId: id, userId: assignedOfficer.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    for (const call of [
      () => createCase(null as never, values()),
      () => updateCase(null as never, { id, version: 1, values: values() }),
      () => assignUser(null as never, { caseId: id, userId: assignedOfficer.id }),
      () => unassignUser(null as never, { caseId: id, userId: assignedOfficer.id }),
      () => listCases(null as never, list({})),
      () => getCase(null as never, id),
      () => startCaseExport(null as never, list({})),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await getCase(u.viewer, id)).version).toBe(1);
  });
});

describe("restricted cases", () => {
  const tag = unique("restricted").replace(" ", "-");
  const secretTag = unique("secret-only").replace(" ", "-");
  const secretName = `Qorgan Secretbayev ${tag.slice(-8)}`;
  let restrictedId: string;
  let openId: string;

  beforeAll(async () => {
    ({ id: restrictedId } = await createCase(u.manager, values({ primaryName: secretName, names: [{ name: "Қорған Секретбаев", script: "cyrillic", language: "kk" }], restricted: true, tags: `${tag}, ${secretTag}`, country: "TJ" })));
    ({ id: openId } = await createCase(u.manager, values({ primaryName: unique("Open Person"), tags: tag })));
    await assignUser(u.manager, { caseId: restrictedId, userId: assignedOfficer.id });
    await assignUser(u.admin, { caseId: restrictedId, userId: assignedCoordinator.id });
  });

  const cannotSee = () => [u.viewer, u.officer, u.coordinator];
  const canSee = () => [assignedOfficer, assignedCoordinator, u.manager, u.admin];

  it("is absent from lists, counts, search and filter options for those who may not see it", async () => {
    for (const user of cannotSee()) {
      const all = await listCases(user, list({ tag }));
      expect(all.rows.map((r) => r.id), user.role).toEqual([openId]);
      expect(all.total).toBe(1);
      expect((await listCases(user, list({ q: "Secretbayev" }))).total).toBe(0);
      expect((await listCases(user, list({ q: "Секретбаев" }))).total).toBe(0);
      expect((await listCases(user, list({ tag, restricted: "yes" }))).total).toBe(0);
      const options = await caseFilterOptions(user);
      expect(options.tags).not.toContain(secretTag);
    }
    for (const user of canSee()) {
      const all = await listCases(user, list({ tag }));
      expect(all.rows.map((r) => r.id).sort(), user.role).toEqual([openId, restrictedId].sort());
      expect(all.total).toBe(2);
      expect((await listCases(user, list({ q: "Секретбаев" }))).rows.map((r) => r.id)).toEqual([restrictedId]);
      expect((await listCases(user, list({ tag, restricted: "yes" }))).rows.map((r) => r.restricted)).toEqual([true]);
      expect((await caseFilterOptions(user)).tags).toContain(secretTag);
    }
  });

  it("answers its detail and timeline exactly like a missing case", async () => {
    for (const user of cannotSee()) {
      await expect(getCase(user, restrictedId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getCaseTimeline(user, restrictedId)).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const user of canSee()) {
      const c = await getCase(user, restrictedId);
      expect(c.assignees.map((a) => a.id).sort()).toEqual([assignedOfficer.id, assignedCoordinator.id].sort());
    }
  });

  it("is never in an export for those who may not see it; viewers may not export at all", async () => {
    await expect(startCaseExport(u.viewer, list({ tag }))).rejects.toBeInstanceOf(ForbiddenError);
    for (const user of [u.officer, u.coordinator]) {
      const rows = await collect((await startCaseExport(user, list({ tag }))).batches);
      expect(rows.map((r) => r[0])).not.toContain(secretName);
      expect(rows).toHaveLength(1);
    }
    for (const user of canSee()) {
      const rows = await collect((await startCaseExport(user, list({ tag }))).batches);
      expect(rows.map((r) => r[0])).toContain(secretName);
      const secret = rows.find((r) => r[0] === secretName)!;
      expect(secret[2]).toBe("Қорған Секретбаев");
      expect(secret[6]).toBe("yes");
    }
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.actorId, u.officer.id), eq(auditEntries.action, "export")));
    expect(audit).toHaveLength(1);
  });

  it("cannot be edited or deleted by an officer who is not assigned; an assigned one edits it", async () => {
    const v = values({ primaryName: secretName, restricted: true, tags: `${tag}, ${secretTag}`, status: "detained" });
    await expect(updateCase(u.officer, { id: restrictedId, version: 1, values: v })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCase(u.manager, { id: restrictedId, version: 99 })).rejects.toBeInstanceOf(StaleError);
    const { version } = await updateCase(assignedOfficer, { id: restrictedId, version: 1, values: v });
    expect(version).toBe(2);
  });

  it("assignment by managers and admins opens and closes it to an officer; viewers cannot be assigned", async () => {
    const late = await createTestUser("officer");
    await expect(getCase(late, restrictedId)).rejects.toBeInstanceOf(NotFoundError);
    await assignUser(u.manager, { caseId: restrictedId, userId: late.id });
    expect((await getCase(late, restrictedId)).id).toBe(restrictedId);
    await unassignUser(u.manager, { caseId: restrictedId, userId: late.id });
    await expect(getCase(late, restrictedId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignUser(u.manager, { caseId: restrictedId, userId: u.viewer.id })).rejects.toBeInstanceOf(ValidationError);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, restrictedId), eq(auditEntries.actorId, u.manager.id)));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["create", "assign", "unassign"]));
  });

  it("only managers and admins restrict a case: an officer's try is refused and changes nothing", async () => {
    const refusal = { message: "You may not change who can see this case.", field: "restricted" };
    const name = unique("Own Restricted");
    await expect(createCase(u.officer, values({ primaryName: name, restricted: true }))).rejects.toMatchObject(refusal);
    expect(await db.select().from(cases).where(eq(cases.primaryName, name))).toHaveLength(0);

    const { id } = await createCase(u.officer, values({ primaryName: name }));
    await expect(updateCase(u.officer, { id, version: 1, values: values({ primaryName: name, restricted: true, summary: "Changed" }) })).rejects.toMatchObject(refusal);
    expect(await getCase(u.coordinator, id)).toMatchObject({ restricted: false, summary: "", version: 1 });
    // Sending the stored value unchanged is an ordinary edit.
    await updateCase(u.officer, { id, version: 1, values: values({ primaryName: name, summary: "Changed" }) });

    const { version } = await updateCase(u.manager, { id, version: 2, values: values({ primaryName: name, restricted: true }) });
    await expect(getCase(u.officer, id)).rejects.toBeInstanceOf(NotFoundError);
    // Managers see every case: nobody was assigned for them to keep seeing it.
    expect(await db.select().from(caseAssignments).where(eq(caseAssignments.caseId, id))).toHaveLength(0);

    const { id: byAdmin } = await createCase(u.admin, values({ primaryName: unique("Admin Restricted"), restricted: true }));
    await expect(getCase(u.coordinator, byAdmin)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.select().from(caseStatusHistory).where(eq(caseStatusHistory.caseId, byAdmin))).toHaveLength(1);
    await updateCase(u.admin, { id, version, values: values({ primaryName: name, restricted: false }) });
    expect((await getCase(u.officer, id)).restricted).toBe(false);

    for (const user of [u.viewer, u.coordinator]) {
      await expect(createCase(user, values({ restricted: true }))).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(createCase(null as never, values({ restricted: true }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an assigned officer cannot lift the restriction: the case stays restricted and hidden", async () => {
    const { version } = await getCase(assignedOfficer, restrictedId);
    const v = values({ primaryName: secretName, restricted: false, tags: `${tag}, ${secretTag}`, status: "detained" });
    await expect(updateCase(assignedOfficer, { id: restrictedId, version, values: v })).rejects.toMatchObject({
      message: "You may not change who can see this case.",
      field: "restricted",
    });
    expect(await getCase(assignedOfficer, restrictedId)).toMatchObject({ restricted: true, version });
    await expect(getCase(u.officer, restrictedId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
