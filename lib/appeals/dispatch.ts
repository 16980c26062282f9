import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { appealDispatches, appealRecipients, appeals } from "@/db/schema";
import { writeAudits } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { bump } from "@/db/versioned";
import { lockAppeal } from "./lock";

type Channel = (typeof appealDispatches.$inferInsert)["channel"];

export type DispatchInput = {
  appealId: string;
  recipientId: string;
  sentOn: Date;
  channel: Channel;
  /** the SMTP message id when the app sent it */
  messageId?: string | null;
  /** why it failed (SMTP refusal, returned post); a failed dispatch does not make the appeal "sent" */
  error?: string | null;
};

/**
 * Nothing goes out before it was written: a sent day before the day the appeal was created is a
 * typo (a wrong year, a date copied from elsewhere) and would make "draft → sent" negative on the
 * dashboard. Whole UTC days, as the form's dates and the reply rule compare them.
 */
function refuseSentBeforeDrafted(sentOn: Date, createdAt: Date): void {
  const createdOn = createdAt.toISOString().slice(0, 10);
  if (sentOn.toISOString().slice(0, 10) < createdOn) {
    throw new ValidationError(`The date sent cannot be before the appeal was created, on ${formatDate(createdOn, "en-GB")}.`, "sentOn");
  }
}

/** Statuses in which an appeal may go out: only after a manager approved it. */
const DISPATCHABLE = new Set(["approved", "sent", "response_received"]);

/**
 * Records that an appeal went out to its recipients (by hand: "sent by post on 3 March"; or by the
 * app's e-mail, one recipient at a time), in the caller's transaction, one audit entry per
 * dispatch. The first successful dispatch of an approved appeal makes it "sent". The one way a
 * dispatch is written: the "mark sent" form and the SMTP sender both call it. A few statements
 * whatever the number of recipients: the appeal is locked once and the dispatches and their audit
 * entries are inserted together.
 */
export async function recordDispatches(tx: Tx, user: Acting, input: Omit<DispatchInput, "recipientId"> & { recipientIds: string[] }): Promise<{ ids: string[] }> {
  authorize(user, "appeal.write");
  const recipientIds = [...new Set(input.recipientIds)];
  const appeal = await lockAppeal(tx, user, input.appealId);
  if (!DISPATCHABLE.has(appeal.status)) throw new ValidationError("Only an approved appeal can be sent. Submit it for review first.");
  refuseSentBeforeDrafted(input.sentOn, appeal.createdAt);
  if (recipientIds.length === 0) return { ids: [] };
  const found = await tx
    .select({ id: appealRecipients.id, name: appealRecipients.name })
    .from(appealRecipients)
    .where(and(inArray(appealRecipients.id, recipientIds), eq(appealRecipients.appealId, appeal.id)));
  // A recipient of another appeal, or none at all: the whole request is refused.
  if (found.length !== recipientIds.length) throw new NotFoundError();
  const byId = new Map(found.map((r) => [r.id, r]));
  const recipients = recipientIds.map((id) => byId.get(id)!);

  const rows = await tx
    .insert(appealDispatches)
    .values(
      recipients.map((recipient) => ({
        recipientId: recipient.id,
        sentOn: input.sentOn,
        channel: input.channel,
        messageId: input.messageId ?? null,
        error: input.error ?? null,
        createdById: user.id,
      })),
    )
    .returning();
  if (!input.error && appeal.status === "approved") {
    await tx
      .update(appeals)
      .set({ status: "sent", sentAt: input.sentOn, ...bump(appeals) })
      .where(eq(appeals.id, appeal.id));
  }
  await writeAudits(
    tx,
    user,
    rows.map((row, i) => ({
      action: input.error ? "dispatch_failed" : "dispatch",
      entity: "appeal",
      entityId: appeal.id,
      summary: `${appeal.title} → ${recipients[i].name} (${input.channel})`,
      before: null,
      after: row,
    })),
  );
  return { ids: rows.map((r) => r.id) };
}

/** One recipient's dispatch (the SMTP sender records each message as it goes). */
export async function recordDispatch(tx: Tx, user: Acting, input: DispatchInput): Promise<{ id: string }> {
  const { recipientId, ...rest } = input;
  const { ids } = await recordDispatches(tx, user, { ...rest, recipientIds: [recipientId] });
  return { id: ids[0] };
}
