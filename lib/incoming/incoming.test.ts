import { normalizeForSearch } from "@/lib/search/normalize";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, caseAssignments, cases, contactEmails, contacts } from "@/db/schema";
import { assignUser } from "@/lib/cases/mutations";
import { requireVisibleCase } from "@/lib/cases/visibility";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { findCases, findSenders } from "./lookups";
import { decideIncoming, logIncoming, reopenIncoming, startReview, updateIncoming } from "./mutations";
import { assignableUsers, getIncoming, listIncoming } from "./queries";
import { decisionFormSchema, incomingFormSchema, incomingListSchema, type DecisionFormInput, type IncomingFormInput } from "./schema";

const form = (overrides: Partial<IncomingFormInput> = {}) =>
  incomingFormSchema.parse({
    senderMode: "name",
    senderContactId: "",
    senderName: unique("Askhat Zheksebayev"),
    senderEmail: "",
    receivedOn: "2020-05-25",
    channel: "social_media",
    language: "en",
    originalText: "We, the leaders of the peaceful movement Koshe Partiyasy, ask the international community...\n\n  signed",
    requestSummary: "Condemn the ban publicly",
    assignedToId: "",
    dueOn: "",
    ...overrides,
  });

const decide = (overrides: Partial<DecisionFormInput>) =>
  decisionFormSchema.parse({
    decision: "accepted",
    caseMode: "new",
    caseId: "",
    casePrimaryName: "",
    caseCountry: "",
    caseStatus: "at_risk",
    caseSummary: "",
    caseRestricted: false,
    referredTo: "",
    declineReason: "",
    ...overrides,
  });

let officer: TestUser;
let manager: TestUser;
let admin: TestUser;
let viewer: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  [officer, manager, admin, viewer, coordinator] = await Promise.all(
    (["officer", "manager", "admin", "viewer", "coordinator"] as const).map((r) => createTestUser(r)),
  );
});

/** A logged appeal moved to under review; returns its id and current version. */
async function underReview(user: TestUser = officer) {
  const { id } = await logIncoming(user, form());
  const { version } = await startReview(user, { id, version: 1 });
  return { id, version };
}

describe("incoming appeals", () => {
  it("logs a request with a new contact as sender, in one audited transaction, keeping the text as received", async () => {
    const name = unique("Noyan Rakhimzhanov");
    const values = form({ senderMode: "new", senderName: name, senderEmail: "noyan@example.org", assignedToId: officer.id, dueOn: "2020-06-05" });
    const { id } = await logIncoming(officer, values);
    const row = await getIncoming(manager, id);
    expect(row).toMatchObject({ senderName: name, status: "new", assigneeName: officer.name, dueOn: "2020-06-05", version: 1, caseId: null });
    expect(row.originalText).toBe(values.originalText);
    expect(row.senderContactName).toBe(name);

    const [contact] = await db.select().from(contacts).where(eq(contacts.id, row.senderContactId!));
    expect(contact).toMatchObject({ fullName: name, source: "incoming", createdById: officer.id });
    expect(contact.searchText).toContain("example.org");
    expect(await db.select({ email: contactEmails.email }).from(contactEmails).where(eq(contactEmails.contactId, contact.id))).toEqual([
      { email: "noyan@example.org" },
    ]);
    const audited = await db.select({ entity: auditEntries.entity }).from(auditEntries).where(eq(auditEntries.actorId, officer.id));
    expect(audited.map((a) => a.entity)).toEqual(expect.arrayContaining(["contact", "incoming_appeal"]));

    // Found by sender name in another script, by the summary, and by the start of the text.
    for (const q of ["Рахимжанов", "condemn ban", "koshe partiyasy"]) {
      const { rows } = await listIncoming(officer, incomingListSchema.parse({ q }));
      expect(rows.map((r) => r.id), q).toContain(id);
    }
  });

  it("logs a request from an existing contact, found by the sender look-up", async () => {
    const name = unique("Balli Marzec");
    const [contact] = await db.insert(contacts).values({ fullName: name, searchText: normalizeForSearch(name) }).returning();
    expect((await findSenders(officer, name)).map((c) => c.id)).toContain(contact.id);
    const { id } = await logIncoming(officer, form({ senderMode: "existing", senderContactId: contact.id, senderName: "" }));
    expect(await getIncoming(officer, id)).toMatchObject({ senderContactId: contact.id, senderName: name });

    await expect(logIncoming(officer, form({ senderMode: "existing", senderContactId: crypto.randomUUID(), senderName: "" }))).rejects.toMatchObject({
      field: "senderContactId",
    });
    expect(incomingFormSchema.safeParse({ ...form(), senderMode: "existing", senderContactId: "" }).success).toBe(false);
  });

  it("refuses an assignee who may not handle incoming appeals", async () => {
    await expect(logIncoming(officer, form({ assignedToId: viewer.id }))).rejects.toMatchObject({ field: "assignedToId" });
    expect((await assignableUsers(officer)).map((u) => u.id)).toEqual(expect.arrayContaining([officer.id, manager.id, admin.id]));
    expect((await assignableUsers(officer)).map((u) => u.id)).not.toContain(viewer.id);
  });

  it("filters by status, assignee (me, unassigned), channel and overdue", async () => {
    const mine = await logIncoming(officer, form({ assignedToId: officer.id, dueOn: "2020-06-01", channel: "post" }));
    const nobody = await logIncoming(officer, form({ channel: "phone" }));
    const list = async (raw: Record<string, string>) => (await listIncoming(officer, incomingListSchema.parse(raw))).rows.map((r) => r.id);
    expect(await list({ assigned: "me" })).toContain(mine.id);
    expect(await list({ assigned: "me" })).not.toContain(nobody.id);
    expect(await list({ assigned: "unassigned" })).toContain(nobody.id);
    expect(await list({ assigned: officer.id })).toContain(mine.id);
    expect(await list({ channel: "phone" })).not.toContain(mine.id);
    const overdue = (await listIncoming(officer, incomingListSchema.parse({ overdue: "1" }))).rows;
    expect(overdue.find((r) => r.id === mine.id)?.overdue).toBe(true);
    expect(overdue.map((r) => r.id)).not.toContain(nobody.id);
    expect(await list({ status: "under_review" })).not.toContain(mine.id);
    // Decided appeals are never overdue.
    await startReview(officer, { id: mine.id, version: 1 });
    await decideIncoming(officer, { id: mine.id, version: 2, values: decide({ decision: "referred", referredTo: "Kazakhstan International Bureau" }) });
    expect(await list({ overdue: "1" })).not.toContain(mine.id);
    expect(await list({ status: "referred" })).toContain(mine.id);
  });

  it("moves new → under review → accepted, opening a new case", async () => {
    const { id, version } = await underReview();
    const name = unique("Kairat Klyshev");
    const { caseId } = await decideIncoming(officer, { id, version, values: decide({ casePrimaryName: name, caseCountry: "kz", caseStatus: "detained" }) });
    const row = await getIncoming(officer, id);
    expect(row).toMatchObject({ status: "accepted", caseId, caseName: name });
    const [created] = await db.select().from(cases).where(eq(cases.id, caseId!));
    expect(created).toMatchObject({ primaryName: name, country: "KZ", status: "detained", restricted: false });
    const audit = await db.select({ action: auditEntries.action }).from(auditEntries).where(and(eq(auditEntries.entity, "incoming_appeal"), eq(auditEntries.entityId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["accept", "create", "start_review"]);
    expect(await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "case"), eq(auditEntries.entityId, caseId!)))).toHaveLength(1);
  });

  it("only managers and admins open the accepted case as restricted; an officer's try changes nothing", async () => {
    const { id, version } = await underReview();
    const name = unique("Hidden person");
    await expect(decideIncoming(officer, { id, version, values: decide({ casePrimaryName: name, caseRestricted: true }) })).rejects.toMatchObject({
      message: "You may not change who can see this case.",
      field: "caseRestricted",
    });
    expect(await getIncoming(officer, id)).toMatchObject({ status: "under_review", version, caseId: null });
    expect(await db.select().from(cases).where(eq(cases.primaryName, name))).toHaveLength(0);

    const { caseId } = await decideIncoming(manager, { id, version, values: decide({ casePrimaryName: name, caseRestricted: true }) });
    await expect(requireVisibleCase(viewer, caseId!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(requireVisibleCase(officer, caseId!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(requireVisibleCase(admin, caseId!)).resolves.toMatchObject({ id: caseId, restricted: true });
    // Managers see every case: nobody was assigned for them to keep seeing it.
    expect(await db.select().from(caseAssignments).where(eq(caseAssignments.caseId, caseId!))).toHaveLength(0);
    expect(await getIncoming(manager, id)).toMatchObject({ status: "accepted", caseId, caseName: name });
  });

  it("links an existing case the user may see, and refuses a hidden one like a missing one", async () => {
    const [open, hidden] = await db
      .insert(cases)
      .values([
        { primaryName: unique("Bolat Smagulov"), searchText: "bolat smagulov" },
        { primaryName: unique("Secret person"), restricted: true, searchText: "secret person" },
      ])
      .returning();
    expect((await findCases(officer, "bolat smagulov")).map((c) => c.id)).toContain(open.id);
    expect((await findCases(officer, "secret person")).map((c) => c.id)).not.toContain(hidden.id);
    expect((await findCases(manager, "secret person")).map((c) => c.id)).toContain(hidden.id);

    const a = await underReview();
    await expect(decideIncoming(officer, { id: a.id, version: a.version, values: decide({ caseMode: "existing", caseId: hidden.id }) })).rejects.toMatchObject({
      field: "caseId",
    });
    expect((await getIncoming(officer, a.id)).status).toBe("under_review");
    await decideIncoming(officer, { id: a.id, version: a.version, values: decide({ caseMode: "existing", caseId: open.id }) });
    expect(await getIncoming(officer, a.id)).toMatchObject({ status: "accepted", caseId: open.id, caseName: open.primaryName });
  });

  it("refuses steps the workflow does not allow", async () => {
    const { id } = await logIncoming(officer, form());
    // No decision without a review.
    await expect(decideIncoming(officer, { id, version: 1, values: decide({ decision: "declined", declineReason: "Out of mandate" }) })).rejects.toThrow(
      /Start the review/,
    );
    await expect(reopenIncoming(manager, { id, version: 1 })).rejects.toBeInstanceOf(ValidationError);
    await startReview(officer, { id, version: 1 });
    await expect(startReview(officer, { id, version: 2 })).rejects.toBeInstanceOf(ValidationError);
    await decideIncoming(officer, { id, version: 2, values: decide({ decision: "declined", declineReason: "Out of mandate" }) });
    // No decision over a decision, and no accepting twice.
    await expect(decideIncoming(officer, { id, version: 3, values: decide({ casePrimaryName: "Someone" }) })).rejects.toThrow(/already been decided/);
    expect(await getIncoming(officer, id)).toMatchObject({ status: "declined", declineReason: "Out of mandate", caseId: null });
    // Reopening is a manager's call; it clears the decision.
    await expect(reopenIncoming(officer, { id, version: 3 })).rejects.toBeInstanceOf(ForbiddenError);
    await reopenIncoming(manager, { id, version: 3 });
    expect(await getIncoming(officer, id)).toMatchObject({ status: "under_review", declineReason: null, version: 4 });
    await decideIncoming(officer, { id, version: 4, values: decide({ decision: "referred", referredTo: "UN Special Rapporteur on human rights defenders" }) });
    expect(await getIncoming(officer, id)).toMatchObject({ status: "referred", referredTo: "UN Special Rapporteur on human rights defenders" });
  });

  it("referred needs to whom, declined needs a reason, accepted needs a name or a case", async () => {
    const base = { decision: "referred", caseMode: "new", caseId: "", casePrimaryName: "", caseCountry: "", caseStatus: "at_risk", caseSummary: "", caseRestricted: false, referredTo: " ", declineReason: "" };
    const errors = (input: object) => Object.keys(decisionFormSchema.safeParse(input).error?.flatten().fieldErrors ?? {});
    expect(errors(base)).toEqual(["referredTo"]);
    expect(errors({ ...base, decision: "declined" })).toEqual(["declineReason"]);
    expect(errors({ ...base, decision: "accepted" })).toEqual(["casePrimaryName"]);
    expect(errors({ ...base, decision: "accepted", caseMode: "existing" })).toEqual(["caseId"]);
    // The data-access layer checks it too, whatever the caller sends.
    const { id, version } = await underReview();
    await expect(decideIncoming(officer, { id, version, values: { ...decide({ decision: "referred", referredTo: "x" }), referredTo: null } })).rejects.toMatchObject({
      field: "referredTo",
    });
    await expect(decideIncoming(officer, { id, version, values: { ...decide({ decision: "declined", declineReason: "x" }), declineReason: null } })).rejects.toMatchObject({
      field: "declineReason",
    });
  });

  it("refuses a stale version and keeps the other editor's change", async () => {
    const { id } = await logIncoming(officer, form());
    await updateIncoming(officer, { id, version: 1, values: { assignedToId: manager.id, dueOn: "2020-06-10", requestSummary: "First" } });
    await expect(updateIncoming(admin, { id, version: 1, values: { assignedToId: null, dueOn: null, requestSummary: "Stale" } })).rejects.toBeInstanceOf(StaleError);
    await expect(startReview(admin, { id, version: 1 })).rejects.toBeInstanceOf(StaleError);
    expect(await getIncoming(officer, id)).toMatchObject({ requestSummary: "First", assignedToId: manager.id, dueOn: "2020-06-10", status: "new", version: 2 });
    await expect(updateIncoming(officer, { id, version: 2, values: { assignedToId: null, dueOn: "2019-01-01", requestSummary: "" } })).rejects.toMatchObject({
      field: "dueOn",
    });
  });

  it("refuses viewers, coordinators and nobody, for reads and writes", async () => {
    const { id } = await logIncoming(officer, form());
    for (const who of [viewer, coordinator, null]) {
      await expect(listIncoming(who!, incomingListSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getIncoming(who!, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(logIncoming(who!, form())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(startReview(who!, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateIncoming(who!, { id, version: 1, values: { assignedToId: null, dueOn: null, requestSummary: "" } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(decideIncoming(who!, { id, version: 1, values: decide({ casePrimaryName: "Nobody" }) })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(reopenIncoming(who!, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(findSenders(who!, "a")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(findCases(who!, "a")).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await getIncoming(officer, id)).version).toBe(1);
    await expect(getIncoming(officer, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("an incoming appeal accepted into a restricted case", () => {
  // A word found in this appeal only, so lists and counts can be compared exactly.
  const marker = `restricted${crypto.randomUUID().replaceAll("-", "")}`;
  const search = incomingListSchema.parse({ q: marker, status: "all" });
  const edit = { assignedToId: null, dueOn: null, requestSummary: `Urgent ${marker}` };
  let id: string;
  let version: number;
  let caseId: string;

  beforeAll(async () => {
    ({ id } = await logIncoming(manager, form({ requestSummary: `Urgent ${marker}` })));
    await startReview(manager, { id, version: 1 });
    const accepted = await decideIncoming(manager, { id, version: 2, values: decide({ casePrimaryName: unique("Restricted person"), caseRestricted: true }) });
    ({ version } = accepted);
    caseId = accepted.caseId!;
  });

  it("is hidden whole from an officer not assigned to the case: list, count, detail and every change", async () => {
    const newcomer = await createTestUser("officer");
    expect(await listIncoming(manager, search)).toMatchObject({ rows: [{ id }], total: 1 });
    expect(await listIncoming(newcomer, search)).toMatchObject({ rows: [], total: 0 });
    await expect(getIncoming(newcomer, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateIncoming(newcomer, { id, version, values: edit })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startReview(newcomer, { id, version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideIncoming(newcomer, { id, version, values: decide({ decision: "declined", declineReason: "x" }) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getIncoming(manager, id)).toMatchObject({ version, status: "accepted", caseId });
  });

  it("is read and updated by an officer assigned to the case", async () => {
    const assigned = await createTestUser("officer");
    await assignUser(manager, { caseId, userId: assigned.id });
    expect(await listIncoming(assigned, search)).toMatchObject({ rows: [{ id }], total: 1 });
    expect(await getIncoming(assigned, id)).toMatchObject({ caseId, status: "accepted" });
    ({ version } = await updateIncoming(assigned, { id, version, values: { ...edit, dueOn: "2026-02-01" } }));
    expect(await getIncoming(manager, id)).toMatchObject({ dueOn: "2026-02-01", version });
  });

  it("stays hidden when a manager reopens it: the restricted case's link is kept", async () => {
    const newcomer = await createTestUser("officer");
    ({ version } = await reopenIncoming(manager, { id, version }));
    expect(await getIncoming(manager, id)).toMatchObject({ status: "under_review", caseId });
    expect(await listIncoming(newcomer, search)).toMatchObject({ rows: [], total: 0 });
    await expect(getIncoming(newcomer, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stays refused to viewers, coordinators and nobody", async () => {
    for (const who of [viewer, coordinator, null]) {
      await expect(listIncoming(who!, search)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getIncoming(who!, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateIncoming(who!, { id, version, values: edit })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
