import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { db, type Tx } from "@/db/client";
import { appealRecipients, appealReplies, appealReviews, appeals } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { recordDispatches } from "./dispatch";
import { bump } from "@/db/versioned";
import { lockAppeal } from "./lock";
import { refreshSnapshots } from "./recipients";
import type { DispatchChannel, ReplyFormValues } from "./schema";
import { canTake, refusal, transitions, type Step } from "./workflow";

type Appeal = typeof appeals.$inferSelect;

/** Locks the appeal at the version the user saw and checks the workflow allows the step. */
async function lockFor(tx: Tx, user: Acting, step: Step, id: string, version: number) {
  const before = await lockAppeal(tx, user, id, version);
  if (!canTake(step, before.status)) throw new ValidationError(refusal(step, before.status));
  return before;
}

async function moveTo(tx: Tx, user: Acting, step: Step, before: Appeal, extra: PgUpdateSetSource<typeof appeals> = {}) {
  const to = transitions[step].to!;
  const [after] = await tx
    .update(appeals)
    .set({ status: to, ...extra, ...bump(appeals) })
    .where(eq(appeals.id, before.id))
    .returning();
  await writeAudit(tx, user, { action: step, entity: "appeal", entityId: after.id, summary: `${after.title}: ${before.status} → ${to}`, before, after });
  return after;
}

/** draft → in review: needs recipients and a body; the recipients' snapshots are refreshed. */
export const submitAppeal = dataAccess(async function submitAppeal(user: Acting, input: { id: string; version: number }) {
  authorize(user, transitions.submit.capability);
  return db.transaction(async (tx) => {
    const before = await lockFor(tx, user, "submit", input.id, input.version);
    if (!before.bodyMarkdown.trim()) throw new ValidationError("Write the text of the appeal before submitting it.");
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(appealRecipients).where(eq(appealRecipients.appealId, input.id));
    if (!n) throw new ValidationError("Add at least one recipient before submitting the appeal.");
    const refreshed = await refreshSnapshots(tx, input.id);
    const after = await moveTo(tx, user, "submit", before, { submittedAt: sql`now()` });
    return { id: after.id, version: after.version, refreshed };
  });
});

/** in review → approved, by a manager or admin; the recipients' snapshots are frozen from here on. */
export const approveAppeal = dataAccess(async function approveAppeal(user: Acting, input: { id: string; version: number }) {
  authorize(user, transitions.approve.capability);
  return db.transaction(async (tx) => {
    const before = await lockFor(tx, user, "approve", input.id, input.version);
    await tx.insert(appealReviews).values({ appealId: input.id, decision: "approved", reviewerId: user.id });
    const after = await moveTo(tx, user, "approve", before, { approvedAt: sql`now()`, approvedById: user.id });
    return { id: after.id, version: after.version };
  });
});

/** in review → draft, by a manager or admin, with the comment saying what to change. */
export const returnAppeal = dataAccess(async function returnAppeal(user: Acting, input: { id: string; version: number; comment: string }) {
  authorize(user, transitions.return.capability);
  const comment = input.comment.trim();
  if (!comment) throw new ValidationError("Say what needs to change: the comment is required.", "comment");
  return db.transaction(async (tx) => {
    const before = await lockFor(tx, user, "return", input.id, input.version);
    await tx.insert(appealReviews).values({ appealId: input.id, decision: "returned", comment, reviewerId: user.id });
    const after = await moveTo(tx, user, "return", before, { submittedAt: null });
    return { id: after.id, version: after.version };
  });
});

export const closeAppeal = dataAccess(async function closeAppeal(user: Acting, input: { id: string; version: number }) {
  authorize(user, transitions.close.capability);
  return db.transaction(async (tx) => {
    const before = await lockFor(tx, user, "close", input.id, input.version);
    const after = await moveTo(tx, user, "close", before, { closedAt: sql`now()` });
    return { id: after.id, version: after.version };
  });
});

/**
 * "Sent by post on 3 March" for one or many recipients, in one transaction, through
 * recordDispatches (approved appeals only; the first dispatch makes the appeal "sent").
 * Dispatches add to the record rather than edit it, so they carry no version.
 */
export const markSent = dataAccess(async function markSent(user: Acting, input: { appealId: string; recipientIds: string[]; sentOn: string; channel: DispatchChannel }) {
  authorize(user, transitions.dispatch.capability);
  const ids = [...new Set(input.recipientIds)];
  const sentOn = new Date(`${input.sentOn}T12:00:00Z`);
  if (sentOn.getTime() > Date.now() + 24 * 3600 * 1000) throw new ValidationError("The date sent cannot be in the future.", "sentOn");
  return db.transaction(async (tx) => {
    await recordDispatches(tx, user, { appealId: input.appealId, recipientIds: ids, sentOn, channel: input.channel });
    return { recorded: ids.length };
  });
});

/** A reply came back: sent → response received (later replies leave the status). */
export const logReply = dataAccess(async function logReply(user: Acting, input: { appealId: string; values: ReplyFormValues }) {
  authorize(user, transitions.reply.capability);
  return db.transaction(async (tx) => {
    const before = await lockAppeal(tx, user, input.appealId);
    if (!canTake("reply", before.status)) throw new ValidationError(refusal("reply", before.status));
    const { recipientId, ...reply } = input.values;
    if (recipientId) {
      const [r] = await tx
        .select({ id: appealRecipients.id })
        .from(appealRecipients)
        .where(and(eq(appealRecipients.id, recipientId), eq(appealRecipients.appealId, before.id)));
      if (!r) throw new ValidationError("Choose a recipient of this appeal.", "recipientId");
    }
    if (before.sentAt && reply.receivedOn < before.sentAt.toISOString().slice(0, 10)) {
      throw new ValidationError("The reply cannot come before the appeal was sent.", "receivedOn");
    }
    const [row] = await tx
      .insert(appealReplies)
      .values({ appealId: before.id, recipientId, ...reply, createdById: user.id })
      .returning();
    await writeAudit(tx, user, { action: "reply", entity: "appeal", entityId: before.id, summary: `${before.title}: reply from ${row.fromName}`, before: null, after: row });
    if (before.status !== "response_received") await moveTo(tx, user, "reply", before);
    return { id: row.id };
  });
});

