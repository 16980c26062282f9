import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contacts, incomingAppeals, users } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { insertContacts } from "@/lib/contacts/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { policy } from "@/lib/auth/policy";
import { checkRestrictChange, insertCase } from "@/lib/cases/insert";
import { requireVisibleCase } from "@/lib/cases/visibility";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { INCOMING_CAPABILITY } from "./queries";
import type { DecisionFormValues, IncomingAssignmentValues, IncomingFormValues, IncomingStatus } from "./schema";
import { canMove, isDecided, refusal } from "./transitions";
import { incomingVisibleTo } from "./visibility";
import { searchText } from "@/lib/search/search-text";

const audit = (tx: Tx, user: Acting, action: string, before: typeof incomingAppeals.$inferSelect | null, after: typeof incomingAppeals.$inferSelect) =>
  writeAudit(tx, user, { action, entity: "incoming_appeal", entityId: after.id, summary: after.senderName, before, after });

/** An assignee must be an active user of a role that handles incoming appeals. */
async function checkAssignee(tx: Tx, userId: string | null) {
  if (!userId) return;
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true), inArray(users.role, [...policy[INCOMING_CAPABILITY]])));
  if (!row) throw new ValidationError("Choose an active officer, manager or admin.", "assignedToId");
}

/** The sender: an existing contact, a new contact created here, or only the name as signed. */
async function resolveSender(tx: Tx, user: Acting, v: IncomingFormValues): Promise<{ contactId: string | null; name: string }> {
  if (v.senderMode === "existing") {
    const [contact] = await tx
      .select({ id: contacts.id, fullName: contacts.fullName })
      .from(contacts)
      .where(and(eq(contacts.id, v.senderContactId!), isNull(contacts.mergedIntoId)));
    if (!contact) throw new ValidationError("That contact no longer exists. Choose another.", "senderContactId");
    return { contactId: contact.id, name: v.senderName || contact.fullName };
  }
  if (v.senderMode === "name") return { contactId: null, name: v.senderName };
  const [contactId] = await insertContacts(tx, user, [{ kind: "person", fullName: v.senderName, language: v.language, source: "incoming", emails: v.senderEmail ? [v.senderEmail] : [] }]);
  return { contactId, name: v.senderName };
}

export const logIncoming = dataAccess(async function logIncoming(user: Acting, v: IncomingFormValues): Promise<{ id: string }> {
  authorize(user, INCOMING_CAPABILITY);
  return db.transaction(async (tx) => {
    await checkAssignee(tx, v.assignedToId);
    const sender = await resolveSender(tx, user, v);
    const [row] = await tx
      .insert(incomingAppeals)
      .values({
        senderContactId: sender.contactId,
        senderName: sender.name,
        receivedOn: v.receivedOn,
        channel: v.channel,
        language: v.language,
        originalText: v.originalText,
        requestSummary: v.requestSummary,
        assignedToId: v.assignedToId,
        dueOn: v.dueOn,
        searchText: searchText.incoming({ senderName: sender.name, requestSummary: v.requestSummary, originalText: v.originalText }),
        createdById: user.id,
      })
      .returning();
    await audit(tx, user, "create", null, row);
    return { id: row.id };
  });
});


/** Assignment, due date and what is asked; the original text is never edited. */
export const updateIncoming = dataAccess(async function updateIncoming(user: Acting, input: { id: string; version: number; values: IncomingAssignmentValues }) {
  authorize(user, INCOMING_CAPABILITY);
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, incomingAppeals, input.id, input.version, { where: incomingVisibleTo(user) });
    await checkAssignee(tx, input.values.assignedToId);
    if (input.values.dueOn && input.values.dueOn < before.receivedOn) {
      throw new ValidationError("The due date cannot be before the date received.", "dueOn");
    }
    const [after] = await tx
      .update(incomingAppeals)
      .set({ ...input.values, searchText: searchText.incoming({ ...before, requestSummary: input.values.requestSummary }), ...bump(incomingAppeals) })
      .where(eq(incomingAppeals.id, input.id))
      .returning();
    await audit(tx, user, "update", before, after);
    return { id: after.id, version: after.version };
  });
});

function checkMove(from: IncomingStatus, to: IncomingStatus) {
  if (!canMove(from, to)) throw new ValidationError(refusal(from, to));
}

/** new → under review. */
export const startReview = dataAccess(async function startReview(user: Acting, input: { id: string; version: number }) {
  authorize(user, INCOMING_CAPABILITY);
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, incomingAppeals, input.id, input.version, { where: incomingVisibleTo(user) });
    checkMove(before.status, "under_review");
    const [after] = await tx.update(incomingAppeals).set({ status: "under_review", ...bump(incomingAppeals) }).where(eq(incomingAppeals.id, input.id)).returning();
    await audit(tx, user, "start_review", before, after);
    return { id: after.id, version: after.version };
  });
});

/**
 * Back to under review after a decision. Overriding a triage decision is a manager's call: the
 * roles that approve or return appeals ("appeal.approve": managers and admins).
 */
export const reopenIncoming = dataAccess(async function reopenIncoming(user: Acting, input: { id: string; version: number }) {
  authorize(user, "appeal.approve");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, incomingAppeals, input.id, input.version, { where: incomingVisibleTo(user) });
    if (!isDecided(before.status)) throw new ValidationError("Only a decided appeal can be reopened.");
    const [after] = await tx
      .update(incomingAppeals)
      // A request accepted into a restricted case keeps that link: it is what keeps the request as
      // hidden as the person it is about (RLS and incomingVisibleTo both read it).
      .set({
        status: "under_review",
        caseId: sql`CASE WHEN EXISTS (SELECT 1 FROM cases WHERE cases.id = ${incomingAppeals.caseId} AND cases.restricted) THEN ${incomingAppeals.caseId} END`,
        referredTo: null,
        declineReason: null,
        ...bump(incomingAppeals),
      })
      .where(eq(incomingAppeals.id, input.id))
      .returning();
    await audit(tx, user, "reopen", before, after);
    return { id: after.id, version: after.version };
  });
});

/** The case an accepted appeal opens (audited by insertCase) or links (one the user may see). */
async function caseFor(tx: Tx, user: Acting, v: DecisionFormValues): Promise<string> {
  if (v.caseMode === "existing") {
    // A restricted case the user may not see answers like a missing one.
    const found = await requireVisibleCase(user, v.caseId!, tx).catch((e) => {
      if (e instanceof NotFoundError) throw new ValidationError("No such case, or you may not see it. Choose another.", "caseId");
      throw e;
    });
    return found.id;
  }
  // insertCase refuses it too; checked here to name this form's checkbox.
  checkRestrictChange(user, false, v.caseRestricted, "caseRestricted");
  const { id } = await insertCase(tx, user, {
    primaryName: v.casePrimaryName,
    country: v.caseCountry,
    status: v.caseStatus,
    restricted: v.caseRestricted,
    summary: v.caseSummary,
  });
  return id;
}

/** under review → accepted (opens or links a case) / referred (to whom) / declined (why). */
export const decideIncoming = dataAccess(async function decideIncoming(user: Acting, input: { id: string; version: number; values: DecisionFormValues }) {
  authorize(user, INCOMING_CAPABILITY);
  const v = input.values;
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, incomingAppeals, input.id, input.version, { where: incomingVisibleTo(user) });
    checkMove(before.status, v.decision);
    // The form's schema asks for these too; the data-access layer does not rely on it.
    if (v.decision === "referred" && !v.referredTo?.trim()) throw new ValidationError("Say to whom it was referred.", "referredTo");
    if (v.decision === "declined" && !v.declineReason?.trim()) throw new ValidationError("Give the reason for declining.", "declineReason");
    const decision =
      v.decision === "accepted"
        ? { caseId: await caseFor(tx, user, v), referredTo: null, declineReason: null }
        : v.decision === "referred"
          ? { caseId: null, referredTo: v.referredTo, declineReason: null }
          : { caseId: null, referredTo: null, declineReason: v.declineReason };
    const [after] = await tx
      .update(incomingAppeals)
      .set({ status: v.decision, ...decision, ...bump(incomingAppeals) })
      .where(eq(incomingAppeals.id, input.id))
      .returning();
    await audit(tx, user, v.decision === "accepted" ? "accept" : v.decision === "referred" ? "refer" : "decline", before, after);
    return { id: after.id, version: after.version, caseId: after.caseId };
  });
});
