import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  appealBodyVersions,
  appealCases,
  appealDispatches,
  appealRecipients,
  appealReplies,
  appealReviews,
  appeals,
  auditEntries,
  campaigns,
  caseAssignments,
  cases,
  contactEmails,
  contactListMembers,
  contactLists,
  contacts,
  organizations,
} from "@/db/schema";
import type { Role } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { diffSummary, textDiff } from "./diff";
import { personalize } from "./merge";
import { createAppeal, deleteAppeal, updateAppeal } from "./mutations";
import {
  countAppealsByStatus,
  findContactsForAppeal,
  getAppeal,
  listAppeals,
  listRecipients,
  listReplies,
  listReviews,
  recipientChoices,
} from "./queries";
import { addRecipientsFromContacts, addRecipientsFromList, removeRecipient } from "./recipients";
import { appealFormSchema, appealListSchema, appealReturnSchema, replyFormSchema, type AppealFormInput } from "./schema";
import { approveAppeal, closeAppeal, logReply, markSent, returnAppeal, submitAppeal } from "./transitions";
import { listVersions } from "./versions";
import { canTake } from "./workflow";

const users = {} as Record<Role, TestUser>;
const input = (title: string, more: Partial<AppealFormInput> = {}): AppealFormInput => ({
  type: "urgent_appeal", title, language: "en", campaignId: "", caseIds: [],
  subject: "Urgent: {{case_names}}", bodyMarkdown: "{{salutation}},\n\nWe are gravely concerned about {{case_names}}.", ...more,
});
const values = (title: string, more: Partial<AppealFormInput> = {}) => appealFormSchema.parse(input(title, more));
const list = (user: TestUser, q: Record<string, string> = {}) => listAppeals(user, appealListSchema.parse(q));
const reply = (fromName: string, receivedOn = "2026-02-01") =>
  replyFormSchema.parse({ receivedOn, fromName, recipientId: "", summary: "They acknowledged receipt.", bodyText: "" });

let caseId: string;

/** People with a title, organization, address, e-mail and salutation; optionally do-not-contact. */
async function makeContacts(n: number, label: string, extra: Partial<typeof contacts.$inferInsert> = {}) {
  const [org] = await db.insert(organizations).values({ name: `Ministry ${label}`, postalAddress: "1 Ministry Square, Astana" }).returning({ id: organizations.id });
  const rows = await db
    .insert(contacts)
    .values(
      Array.from({ length: n }, (_, i) => ({
        fullName: `Official ${i} ${label}`,
        title: "Minister",
        salutation: `Dear Minister ${i}`,
        organizationId: org.id,
        searchText: normalizeForSearch(`Official ${i} ${label}`),
        ...extra,
      })),
    )
    .returning({ id: contacts.id });
  await db.insert(contactEmails).values(rows.map((r, i) => ({ contactId: r.id, email: `official${i}-${r.id.slice(0, 6)}@gov.example`, isPrimary: true })));
  return rows.map((r) => r.id);
}

/** A draft with recipients, submitted and approved: the start of the dispatch tests. */
async function approvedAppeal(title: string) {
  const { id } = await createAppeal(users.officer, values(title, { caseIds: [caseId] }));
  const [contactId] = await makeContacts(1, title);
  await addRecipientsFromContacts(users.officer, { appealId: id, contactIds: [contactId] });
  const submitted = await submitAppeal(users.officer, { id, version: 1 });
  const approved = await approveAppeal(users.manager, { id, version: submitted.version });
  const [recipient] = await db.select().from(appealRecipients).where(eq(appealRecipients.appealId, id));
  return { id, version: approved.version, recipientId: recipient.id };
}

beforeAll(async () => {
  for (const role of ["viewer", "officer", "coordinator", "manager", "admin"] as const) users[role] = await createTestUser(role);
  const [c] = await db.insert(cases).values({ primaryName: unique("Zhanara Akhmetova"), searchText: "zhanara akhmetova" }).returning({ id: cases.id });
  caseId = c.id;
});

describe("outgoing appeals: drafting", () => {
  it("creates and edits with the version check, keeps every text version, searches and audits", async () => {
    const title = unique("Halt the extradition of Zhanara Akhmetova");
    const { id } = await createAppeal(users.officer, values(title, { caseIds: [caseId] }));
    const created = await getAppeal(users.viewer, id);
    expect(created).toMatchObject({ title, status: "draft", version: 1, ownerName: users.officer.name, cases: [{ id: caseId }] });
    expect(created).not.toHaveProperty("searchText");

    const edited = await updateAppeal(users.officer, { id, version: 1, values: values(title, { caseIds: [caseId], bodyMarkdown: "{{salutation}},\n\nWe urge you to halt the extradition." }) });
    expect(edited.version).toBe(2);
    await expect(updateAppeal(users.officer, { id, version: 1, values: values(title) })).rejects.toBeInstanceOf(StaleError);
    // A save that changes neither subject nor body adds no version.
    await updateAppeal(users.officer, { id, version: 2, values: values(title, { caseIds: [caseId], type: "letter_of_concern", bodyMarkdown: "{{salutation}},\n\nWe urge you to halt the extradition." }) });

    const { versions } = await listVersions(users.viewer, id);
    expect(versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({ authorName: users.officer.name, bodyMarkdown: "{{salutation}},\n\nWe urge you to halt the extradition." });
    const parts = textDiff(versions[1].bodyMarkdown, versions[0].bodyMarkdown);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim()).join(" ")).toContain("urge");
    expect(parts.some((p) => p.kind === "removed" && p.text.includes("gravely"))).toBe(true);
    expect(diffSummary(parts).added).toBeGreaterThan(0);

    const found = await list(users.viewer, { q: title.split(" ").slice(-1)[0] });
    expect(found.rows.map((r) => r.id)).toContain(id);
    expect((await list(users.viewer, { case: caseId, status: "draft" })).rows.map((r) => r.id)).toContain(id);
    expect((await list(users.officer, { owner: "mine" })).rows.map((r) => r.id)).toContain(id);
    expect((await list(users.manager, { owner: "mine" })).rows.map((r) => r.id)).not.toContain(id);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "appeal"), eq(auditEntries.entityId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "update", "update"]);
  });

  it("refuses unknown merge fields and a case the user may not see", async () => {
    const bad = appealFormSchema.safeParse(input("Typo", { bodyMarkdown: "{{salutaton}}, hello {{recipient_name}}" }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["bodyMarkdown"], message: "Unknown merge field: {{salutaton}}." });
    expect(appealFormSchema.safeParse(input("Typo", { subject: "{{nope}}" })).success).toBe(false);
    const [hidden] = await db.insert(cases).values({ primaryName: unique("Hidden"), restricted: true, searchText: "hidden" }).returning({ id: cases.id });
    await expect(createAppeal(users.officer, values("About a hidden case", { caseIds: [hidden.id] }))).rejects.toBeInstanceOf(ValidationError);
  });

  it("personalizes the subject and body for one recipient", () => {
    const out = personalize(
      { subject: "About {{case_names}}", bodyMarkdown: "{{salutation}},\n\n{{recipient_name}}, {{title}}" },
      { name: "Iryna Venediktova", title: "Prosecutor General", organization: null, postalAddress: null, salutation: "Dear Prosecutor General" },
      ["Zhanara Akhmetova", "her son"],
      "21 May 2020",
    );
    expect(out).toEqual({ subject: "About Zhanara Akhmetova and her son", bodyMarkdown: "Dear Prosecutor General,\n\nIryna Venediktova, Prosecutor General" });
  });
});

describe("outgoing appeals: recipients", () => {
  it("adds from contacts and lists without duplicates, leaves out do-not-contact, removes while draft", async () => {
    const label = unique("DCK report");
    const people = await makeContacts(3, label);
    const [dnc] = await makeContacts(1, `${label} dnc`, { doNotContact: true });
    const [listRow] = await db.insert(contactLists).values({ name: label }).returning({ id: contactLists.id });
    await db.insert(contactListMembers).values([...people, dnc].map((contactId) => ({ listId: listRow.id, contactId })));
    const { id } = await createAppeal(users.officer, values(unique("Cancel the ban on the DCK")));

    expect(await addRecipientsFromContacts(users.officer, { appealId: id, contactIds: [people[0]] })).toEqual({ added: 1, alreadyThere: 0, doNotContact: 0 });
    expect(await addRecipientsFromList(users.officer, { appealId: id, listId: listRow.id })).toEqual({ added: 2, alreadyThere: 1, doNotContact: 1 });
    expect(await addRecipientsFromList(users.officer, { appealId: id, listId: listRow.id })).toEqual({ added: 0, alreadyThere: 3, doNotContact: 1 });

    const page = await listRecipients(users.viewer, id, 1);
    expect(page.total).toBe(3);
    expect(page.rows[0]).toMatchObject({
      name: `Official 0 ${label}`, title: "Minister", organization: `Ministry ${label}`, postalAddress: "1 Ministry Square, Astana", salutation: "Dear Minister 0",
    });
    expect(page.rows[0].email).toMatch(/@gov\.example$/);
    // The picker offers only contacts not on the appeal yet, flagging do-not-contact.
    expect((await findContactsForAppeal(users.officer, id, `Official ${label}`)).map((c) => [c.id, c.doNotContact])).toEqual([[dnc, true]]);

    await removeRecipient(users.officer, { appealId: id, recipientId: page.rows[2].id });
    expect((await listRecipients(users.viewer, id, 1)).total).toBe(2);
    await expect(removeRecipient(users.officer, { appealId: id, recipientId: page.rows[2].id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refreshes the snapshots on submission and freezes them from approval on", async () => {
    const title = unique("Snapshot appeal");
    const { id } = await createAppeal(users.officer, values(title));
    const [contactId] = await makeContacts(1, title);
    await addRecipientsFromContacts(users.officer, { appealId: id, contactIds: [contactId] });
    await db.update(contacts).set({ title: "Deputy Minister", salutation: "Dear Deputy Minister" }).where(eq(contacts.id, contactId));
    const submitted = await submitAppeal(users.officer, { id, version: 1 });
    expect(submitted.refreshed).toBe(1);
    expect((await recipientChoices(users.manager, id))[0]).toMatchObject({ title: "Deputy Minister", salutation: "Dear Deputy Minister" });
    await approveAppeal(users.manager, { id, version: submitted.version });
    await db.update(contacts).set({ title: "Former minister" }).where(eq(contacts.id, contactId));
    expect((await recipientChoices(users.manager, id))[0].title).toBe("Deputy Minister");
    // No recipient changes after submission.
    await expect(addRecipientsFromContacts(users.officer, { appealId: id, contactIds: [contactId] })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("outgoing appeals: workflow", () => {
  it("runs draft → in review → returned → in review → approved → sent → response received → closed", async () => {
    const title = unique("DCK letter of concern");
    const { id } = await createAppeal(users.officer, values(title, { caseIds: [caseId], bodyMarkdown: "" }));
    // Drafted in December 2025: the dispatches and replies below are dated January and February 2026.
    await db.update(appeals).set({ createdAt: new Date("2025-12-20T10:00:00Z") }).where(eq(appeals.id, id));
    // Submission needs a body and a recipient.
    await expect(submitAppeal(users.officer, { id, version: 1 })).rejects.toThrow("Write the text");
    const v2 = await updateAppeal(users.officer, { id, version: 1, values: values(title, { caseIds: [caseId] }) });
    await expect(submitAppeal(users.officer, { id, version: v2.version })).rejects.toThrow("at least one recipient");
    const people = await makeContacts(2, title);
    await addRecipientsFromContacts(users.officer, { appealId: id, contactIds: people });

    // No approval from a draft, no dispatch before approval.
    await expect(approveAppeal(users.manager, { id, version: v2.version })).rejects.toBeInstanceOf(ValidationError);
    const [r1, r2] = (await listRecipients(users.officer, id, 1)).rows;
    await expect(markSent(users.officer, { appealId: id, recipientIds: [r1.id], sentOn: "2026-01-05", channel: "post" })).rejects.toBeInstanceOf(ValidationError);

    let { version } = await submitAppeal(users.officer, { id, version: v2.version });
    expect((await getAppeal(users.officer, id)).submittedAt).toBeInstanceOf(Date);
    // No edit in review; the officer cannot approve; a return needs a comment.
    await expect(updateAppeal(users.officer, { id, version, values: values(title) })).rejects.toThrow("Only a draft can be edited");
    await expect(approveAppeal(users.officer, { id, version })).rejects.toBeInstanceOf(ForbiddenError);
    expect(appealReturnSchema.safeParse({ id, version, comment: "  " }).success).toBe(false);
    await expect(returnAppeal(users.manager, { id, version, comment: " " })).rejects.toBeInstanceOf(ValidationError);
    await expect(submitAppeal(users.officer, { id, version })).rejects.toBeInstanceOf(ValidationError);

    ({ version } = await returnAppeal(users.manager, { id, version, comment: "Add the Magnitsky sanctions request." }));
    expect((await getAppeal(users.officer, id)).status).toBe("draft");
    ({ version } = await updateAppeal(users.officer, { id, version, values: values(title, { caseIds: [caseId], bodyMarkdown: "{{salutation}},\n\nConsider Magnitsky sanctions." }) }));
    ({ version } = await submitAppeal(users.officer, { id, version }));
    await expect(approveAppeal(users.manager, { id, version: version - 1 })).rejects.toBeInstanceOf(StaleError);
    ({ version } = await approveAppeal(users.admin, { id, version }));
    const approved = await getAppeal(users.officer, id);
    expect(approved).toMatchObject({ status: "approved", approvedById: users.admin.id, approvedByName: users.admin.name });
    await expect(returnAppeal(users.manager, { id, version, comment: "Too late" })).rejects.toBeInstanceOf(ValidationError);
    // Replies wait for the appeal to be sent.
    await expect(logReply(users.officer, { appealId: id, values: reply("Ministry") })).rejects.toBeInstanceOf(ValidationError);

    const reviews = await listReviews(users.viewer, id);
    expect(reviews.map((r) => [r.decision, r.comment])).toEqual([
      ["approved", null],
      ["returned", "Add the Magnitsky sanctions request."],
    ]);

    await markSent(users.officer, { appealId: id, recipientIds: [r1.id], sentOn: "2026-01-05", channel: "post" });
    expect((await getAppeal(users.officer, id)).status).toBe("sent");
    await markSent(users.officer, { appealId: id, recipientIds: [r1.id, r2.id], sentOn: "2026-01-06", channel: "email" });
    const page = await listRecipients(users.viewer, id, 1);
    expect(page.rows.map((r) => [r.dispatches, r.lastChannel])).toEqual([
      [2, "email"],
      [1, "email"],
    ]);
    expect(page.rows[0].lastSentOn?.toISOString().slice(0, 10)).toBe("2026-01-06");
    // A recipient of another appeal is not found.
    const other = await approvedAppeal(unique("Other appeal"));
    await expect(markSent(users.officer, { appealId: id, recipientIds: [other.recipientId], sentOn: "2026-01-06", channel: "post" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.select().from(appealDispatches).where(eq(appealDispatches.recipientId, other.recipientId))).toEqual([]);

    await expect(logReply(users.officer, { appealId: id, values: reply("Ministry", "2026-01-01") })).rejects.toThrow("cannot come before");
    await logReply(users.officer, { appealId: id, values: { ...reply("Ministry of Foreign Affairs"), recipientId: r1.id } });
    const afterReply = await getAppeal(users.officer, id);
    expect(afterReply.status).toBe("response_received");
    await logReply(users.officer, { appealId: id, values: reply("Prosecutor's Office", "2026-02-02") });
    const replies = await listReplies(users.viewer, id);
    expect(replies.map((r) => [r.fromName, r.recipientName])).toEqual([
      ["Prosecutor's Office", null],
      ["Ministry of Foreign Affairs", r1.name],
    ]);

    const current = await getAppeal(users.officer, id);
    await expect(closeAppeal(users.viewer, { id, version: current.version })).rejects.toBeInstanceOf(ForbiddenError);
    await closeAppeal(users.officer, { id, version: current.version });
    const closed = await getAppeal(users.viewer, id);
    expect(closed.status).toBe("closed");
    expect(closed.closedAt).toBeInstanceOf(Date);
    await expect(closeAppeal(users.officer, { id, version: closed.version })).rejects.toBeInstanceOf(ValidationError);
    const actions = (await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "appeal"), eq(auditEntries.entityId, id)))).map((a) => a.action);
    for (const a of ["submit", "return", "approve", "dispatch", "reply", "close"]) expect(actions).toContain(a);
  });

  it("refuses a sent day before the day the appeal was created, on the date field, and records nothing", async () => {
    const ready = await approvedAppeal(unique("Dated dispatch"));
    // Created late in the evening (UTC) of 10 March: the 10th is the first day it may go out.
    await db.update(appeals).set({ createdAt: new Date("2026-03-10T22:30:00Z") }).where(eq(appeals.id, ready.id));
    const send = (sentOn: string) => markSent(users.officer, { appealId: ready.id, recipientIds: [ready.recipientId], sentOn, channel: "post" });

    const refused = await send("2026-03-09").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({ field: "sentOn", message: "The date sent cannot be before the appeal was created, on 10 Mar 2026." });
    await expect(send("2025-03-10")).rejects.toThrow("cannot be before the appeal was created");
    expect(await db.select().from(appealDispatches).where(eq(appealDispatches.recipientId, ready.recipientId))).toEqual([]);
    expect((await getAppeal(users.officer, ready.id)).status).toBe("approved");
    const dispatchAudits = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, ready.id), eq(auditEntries.action, "dispatch")));
    expect(dispatchAudits).toEqual([]);

    // The day it was created is fine.
    await send("2026-03-10");
    expect((await getAppeal(users.officer, ready.id)).status).toBe("sent");
    expect((await listRecipients(users.viewer, ready.id, 1)).rows[0].lastSentOn?.toISOString().slice(0, 10)).toBe("2026-03-10");
  });

  it("the transition table allows only the workflow's steps", () => {
    expect(canTake("approve", "draft")).toBe(false);
    expect(canTake("dispatch", "in_review")).toBe(false);
    expect(canTake("dispatch", "draft")).toBe(false);
    expect(canTake("reply", "approved")).toBe(false);
    expect(canTake("close", "draft")).toBe(false);
    expect(canTake("submit", "draft")).toBe(true);
    expect(canTake("dispatch", "sent")).toBe(true);
  });

  it("deletes drafts only, for managers and admins", async () => {
    const { id } = await createAppeal(users.officer, values(unique("To delete")));
    await expect(deleteAppeal(users.officer, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteAppeal(users.manager, { id, version: 2 })).rejects.toBeInstanceOf(StaleError);
    await deleteAppeal(users.manager, { id, version: 1 });
    await expect(getAppeal(users.manager, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.select().from(appealBodyVersions).where(eq(appealBodyVersions.appealId, id))).toEqual([]);
    const sent = await approvedAppeal(unique("Approved, not deletable"));
    await expect(deleteAppeal(users.manager, { id: sent.id, version: sent.version })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("outgoing appeals: restricted cases and roles", () => {
  it("hides an appeal about a restricted case from a viewer and an unassigned officer everywhere", async () => {
    const name = unique("Restricted person");
    const [hidden] = await db.insert(cases).values({ primaryName: name, restricted: true, searchText: normalizeForSearch(name) }).returning({ id: cases.id });
    const assigned = await createTestUser("officer");
    await db.insert(caseAssignments).values({ caseId: hidden.id, userId: assigned.id });
    const title = unique("Secret appeal zebrafinch");
    const { id } = await createAppeal(assigned, values(title, { caseIds: [hidden.id] }));
    const [contactId] = await makeContacts(1, title);
    await addRecipientsFromContacts(assigned, { appealId: id, contactIds: [contactId] });

    for (const user of [users.viewer, users.officer]) {
      await expect(getAppeal(user, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listVersions(user, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listRecipients(user, id, 1)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listReplies(user, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listReviews(user, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(recipientChoices(user, id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await list(user, { q: "zebrafinch" })).total).toBe(0);
      expect((await list(user, {})).rows.map((r) => r.id)).not.toContain(id);
      expect((await list(user, { case: hidden.id })).total).toBe(0);
      expect((await countAppealsByStatus(user, appealListSchema.parse({ case: hidden.id }))).all).toEqual({ n: 0, capped: false });
    }
    await expect(updateAppeal(users.officer, { id, version: 1, values: values(title) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAppeal(users.officer, { id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addRecipientsFromContacts(users.officer, { appealId: id, contactIds: [contactId] })).rejects.toBeInstanceOf(NotFoundError);

    for (const user of [assigned, users.manager]) {
      expect((await getAppeal(user, id)).cases.map((c) => c.primaryName)).toEqual([name]);
      expect((await list(user, { q: "zebrafinch" })).rows.map((r) => r.id)).toEqual([id]);
      expect((await countAppealsByStatus(user, appealListSchema.parse({ case: hidden.id }))).draft).toEqual({ n: 1, capped: false });
    }
    expect(await db.select().from(appealCases).where(eq(appealCases.appealId, id))).toHaveLength(1);
  });

  it("refuses every change to the wrong role and everything to nobody", async () => {
    const draft = await createAppeal(users.officer, values(unique("Role appeal")));
    const ready = await approvedAppeal(unique("Role approved appeal"));
    const [listRow] = await db.insert(contactLists).values({ name: unique("Role list") }).returning({ id: contactLists.id });
    const step = { id: draft.id, version: 1 };
    for (const user of [users.viewer, users.coordinator]) {
      await expect(createAppeal(user, values("x appeal"))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateAppeal(user, { ...step, values: values("x appeal") })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteAppeal(user, step)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(submitAppeal(user, step)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(approveAppeal(user, step)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(returnAppeal(user, { ...step, comment: "No" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(closeAppeal(user, { id: ready.id, version: ready.version })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addRecipientsFromContacts(user, { appealId: draft.id, contactIds: [draft.id] })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addRecipientsFromList(user, { appealId: draft.id, listId: listRow.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeRecipient(user, { appealId: draft.id, recipientId: draft.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(markSent(user, { appealId: ready.id, recipientIds: [ready.recipientId], sentOn: "2026-01-05", channel: "post" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(logReply(user, { appealId: ready.id, values: reply("Ministry") })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(returnAppeal(users.officer, { ...step, comment: "No" })).rejects.toBeInstanceOf(ForbiddenError);
    const nobody = null as never;
    for (const call of [
      () => listAppeals(nobody, appealListSchema.parse({})),
      () => countAppealsByStatus(nobody, appealListSchema.parse({})),
      () => getAppeal(nobody, draft.id),
      () => listVersions(nobody, draft.id),
      () => listRecipients(nobody, draft.id, 1),
      () => listReplies(nobody, draft.id),
      () => listReviews(nobody, draft.id),
      () => createAppeal(nobody, values("x appeal")),
      () => updateAppeal(nobody, { ...step, values: values("x appeal") }),
      () => deleteAppeal(nobody, step),
      () => submitAppeal(nobody, step),
      () => approveAppeal(nobody, step),
      () => returnAppeal(nobody, { ...step, comment: "No" }),
      () => closeAppeal(nobody, step),
      () => addRecipientsFromContacts(nobody, { appealId: draft.id, contactIds: [draft.id] }),
      () => addRecipientsFromList(nobody, { appealId: draft.id, listId: listRow.id }),
      () => removeRecipient(nobody, { appealId: draft.id, recipientId: draft.id }),
      () => markSent(nobody, { appealId: ready.id, recipientIds: [ready.recipientId], sentOn: "2026-01-05", channel: "post" }),
      () => logReply(nobody, { appealId: ready.id, values: reply("Ministry") }),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    // Nothing changed.
    expect((await db.select({ status: appeals.status }).from(appeals).where(eq(appeals.id, ready.id)))[0].status).toBe("approved");
    expect(await db.select().from(appealReviews).where(eq(appealReviews.appealId, draft.id))).toEqual([]);
  });
});

describe("outgoing appeals: the list's date, country, body, reply and status-group filters", () => {
  const at = (iso: string) => new Date(iso);
  let campaign: string;
  const a: Record<string, string> = {};
  const ids = async (user: TestUser, q: Record<string, string>) =>
    (await list(user, { campaign, sort: "title", ...q })).rows.map((r) => r.id).sort();
  const of = (...keys: string[]) => keys.map((k) => a[k]).sort();

  beforeAll(async () => {
    [{ id: campaign }] = await db.insert(campaigns).values({ name: unique("Appeal filters") }).returning();
    const [kz, ru, hidden] = await db
      .insert(cases)
      .values([
        { primaryName: unique("Filter case KZ"), country: "KZ" },
        { primaryName: unique("Filter case RU"), country: "RU" },
        { primaryName: unique("Filter case hidden"), country: "KZ", restricted: true },
      ])
      .returning({ id: cases.id });
    const [mep, pace] = await db
      .insert(contacts)
      .values([
        { fullName: unique("Filter MEP"), parliamentaryBody: "european_parliament" as const },
        { fullName: unique("Filter PACE"), parliamentaryBody: "pace" as const },
      ])
      .returning({ id: contacts.id });
    const make = async (key: string, status: "draft" | "sent" | "response_received" | "closed", created: string, sent: string | null, caseIds: string[], to: string[]) => {
      const [row] = await db
        .insert(appeals)
        .values({ type: "urgent_appeal", title: unique(`Filter ${key}`), campaignId: campaign, status, createdAt: at(created), sentAt: sent ? at(sent) : null })
        .returning({ id: appeals.id });
      a[key] = row.id;
      if (caseIds.length) await db.insert(appealCases).values(caseIds.map((caseId) => ({ appealId: row.id, caseId })));
      if (to.length) await db.insert(appealRecipients).values(to.map((contactId) => ({ appealId: row.id, contactId, name: "Recipient" })));
    };
    // The last hour of 28 February and the first instant of March: the ends of a February range.
    await make("febDraft", "draft", "2026-02-28T23:30:00Z", null, [kz.id], [mep.id]);
    await make("marDraft", "draft", "2026-03-01T00:00:00Z", null, [ru.id], []);
    await make("sentFeb", "sent", "2026-01-20T10:00:00Z", "2026-02-01T00:00:00Z", [kz.id], [pace.id]);
    await make("answered", "response_received", "2026-01-05T10:00:00Z", "2026-01-31T23:59:00Z", [ru.id], [mep.id, pace.id]);
    await make("closed", "closed", "2026-02-02T10:00:00Z", "2026-02-10T09:00:00Z", [], []);
    await make("hidden", "response_received", "2026-02-03T10:00:00Z", "2026-02-04T10:00:00Z", [hidden.id, kz.id], [pace.id]);
    await db.insert(appealReplies).values([
      { appealId: a.answered, receivedOn: "2026-02-05", fromName: "Ministry" },
      { appealId: a.hidden, receivedOn: "2026-02-06", fromName: "Prosecutor" },
    ]);
  });

  it("parses the new parameters, falling back on anything unexpected", () => {
    expect(appealListSchema.parse({ dated: "sent", from: "2026-02-01", to: "2026-02-28", country: "kz", body: "pace", replied: "yes", status: "sent_or_later" })).toMatchObject({
      dated: "sent", from: "2026-02-01", to: "2026-02-28", country: "KZ", body: "pace", replied: "yes", status: "sent_or_later",
    });
    expect(appealListSchema.parse({ dated: "x", from: "2026-02-30", to: "soon", country: "Kazakhstan", body: "senate", replied: "maybe", status: "late" })).toMatchObject({
      dated: "created", from: "", to: "", country: "", body: "all", replied: "any", status: "all",
    });
  });

  it("filters by the day created or first sent, both ends included in UTC", async () => {
    const feb = { from: "2026-02-01", to: "2026-02-28" };
    expect(await ids(users.manager, feb)).toEqual(of("febDraft", "closed", "hidden"));
    expect(await ids(users.manager, { ...feb, dated: "created" })).toEqual(of("febDraft", "closed", "hidden"));
    expect(await ids(users.manager, { ...feb, dated: "sent" })).toEqual(of("sentFeb", "closed", "hidden"));
    expect(await ids(users.manager, { dated: "sent", to: "2026-01-31" })).toEqual(of("answered"));
    expect(await ids(users.manager, { from: "2026-03-01" })).toEqual(of("marDraft"));
  });

  it("filters by a case's country, a recipient's body, a reply, and the sent-or-later group", async () => {
    expect(await ids(users.manager, { country: "KZ" })).toEqual(of("febDraft", "sentFeb", "hidden"));
    expect(await ids(users.manager, { body: "pace" })).toEqual(of("sentFeb", "answered", "hidden"));
    expect(await ids(users.manager, { body: "european_parliament", country: "RU" })).toEqual(of("answered"));
    expect(await ids(users.manager, { replied: "yes" })).toEqual(of("answered", "hidden"));
    expect(await ids(users.manager, { replied: "no", status: "sent_or_later" })).toEqual(of("sentFeb", "closed"));
    expect(await ids(users.manager, { status: "sent_or_later" })).toEqual(of("sentFeb", "answered", "closed", "hidden"));
    const tabs = await countAppealsByStatus(users.manager, appealListSchema.parse({ campaign, dated: "sent", from: "2026-02-01", to: "2026-02-28" }));
    expect(tabs).toMatchObject({ all: { n: 3 }, sent_or_later: { n: 3 }, sent: { n: 1 }, closed: { n: 1 }, response_received: { n: 1 }, draft: { n: 0 } });
  });

  it("never shows an appeal about a restricted case through them to a viewer", async () => {
    const filters: Array<Record<string, string>> = [{ country: "KZ" }, { body: "pace" }, { replied: "yes" }, { status: "sent_or_later" }, { dated: "sent", from: "2026-02-01", to: "2026-02-28" }];
    for (const q of filters) {
      expect(await ids(users.viewer, q)).not.toContain(a.hidden);
      expect(await ids(users.manager, q)).toContain(a.hidden);
    }
    expect((await list(users.viewer, { campaign, country: "KZ" })).total).toBe(2);
    expect((await countAppealsByStatus(users.viewer, appealListSchema.parse({ campaign, body: "pace" }))).sent_or_later).toEqual({ n: 2, capped: false });
  });
});
