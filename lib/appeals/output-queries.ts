import "server-only";
import { and, asc, eq, inArray, isNull, min } from "drizzle-orm";
import { db } from "@/db/client";
import { appealCases, appealDispatches, appealRecipients, appeals, cases } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { composeLetter, type Letter, type LetterRecipient } from "./letter";
import { appealVisibleTo } from "./visibility";

// Who may have a letter:
// - the print view and the PDF are reading ("read", every role): the text was approved, and a
//   viewer preparing a meeting may print what was sent;
// - the .eml file and sending by e-mail are acts of dispatch ("appeal.write"): an .eml is made to
//   be sent, so it is for those who log dispatches (lib/appeals/eml.ts and smtp.ts check that).

/** A draft or an appeal in review has no letters yet: its text may still change. */
const WITH_LETTERS = new Set(["approved", "sent", "response_received", "closed"]);

export type LetterAppeal = { id: string; title: string; subject: string; language: string; bodyMarkdown: string; status: string };

/** The appeal if the user may see it (all its cases visible), else NotFoundError, like a missing one. */
export const visibleAppeal = dataAccess(async function visibleAppeal(user: Acting, appealId: string): Promise<LetterAppeal> {
  const [row] = await db
    .select({
      id: appeals.id,
      title: appeals.title,
      subject: appeals.subject,
      language: appeals.language,
      bodyMarkdown: appeals.bodyMarkdown,
      status: appeals.status,
    })
    .from(appeals)
    .where(and(eq(appeals.id, appealId), appealVisibleTo(user)));
  if (!row) throw new NotFoundError();
  return row;
});

function requireLetters(appeal: LetterAppeal): void {
  if (!WITH_LETTERS.has(appeal.status)) {
    throw new ValidationError("This appeal has not been approved yet: letters are made from the approved text only.");
  }
}

/** Names of the appeal's cases, visible ones only (appealVisibleTo already implies all are). */
export async function caseNames(user: Acting, appealId: string): Promise<string[]> {
  const rows = await db
    .select({ name: cases.primaryName })
    .from(appealCases)
    .innerJoin(cases, eq(cases.id, appealCases.caseId))
    .where(and(eq(appealCases.appealId, appealId), caseVisibleTo(user)))
    .orderBy(asc(cases.primaryName));
  return rows.map((r) => r.name);
}

export const recipientColumns = {
  id: appealRecipients.id,
  name: appealRecipients.name,
  title: appealRecipients.title,
  organization: appealRecipients.organization,
  postalAddress: appealRecipients.postalAddress,
  email: appealRecipients.email,
  salutation: appealRecipients.salutation,
};

/** When each recipient first received the appeal (successful dispatches only). */
async function firstDispatchDates(recipientIds: string[]): Promise<Map<string, Date>> {
  if (!recipientIds.length) return new Map();
  const rows = await db
    .select({ recipientId: appealDispatches.recipientId, sentOn: min(appealDispatches.sentOn) })
    .from(appealDispatches)
    .where(and(inArray(appealDispatches.recipientId, recipientIds), isNull(appealDispatches.error)))
    .groupBy(appealDispatches.recipientId);
  return new Map(rows.filter((r) => r.sentOn).map((r) => [r.recipientId, new Date(r.sentOn!)]));
}

/**
 * One recipient's personalized letter: dated the day it went to them, or today if it has not yet.
 * A hidden appeal, or a recipient of another appeal, is NotFoundError; an unapproved appeal a
 * ValidationError.
 */
export const getLetterForRecipient = dataAccess(async function getLetterForRecipient(user: Acting | null | undefined, appealId: string, recipientId: string): Promise<Letter & { status: string }> {
  authorize(user, "read");
  const appeal = await visibleAppeal(user, appealId);
  const [recipient] = await db
    .select(recipientColumns)
    .from(appealRecipients)
    .where(and(eq(appealRecipients.id, recipientId), eq(appealRecipients.appealId, appeal.id)));
  if (!recipient) throw new NotFoundError();
  requireLetters(appeal);
  const [names, dates] = await Promise.all([caseNames(user, appeal.id), firstDispatchDates([recipient.id])]);
  return { ...composeLetter(appeal, recipient, names, dates.get(recipient.id) ?? new Date()), status: appeal.status };
});

export type AppealLetters = {
  appeal: LetterAppeal;
  recipients: LetterRecipient[];
  caseNames: string[];
};

/** The appeal and every recipient's snapshot, for sending; the caller authorizes first. */
export const appealRecipientsForLetters = dataAccess(async function appealRecipientsForLetters(user: Acting, appealId: string): Promise<AppealLetters> {
  const appeal = await visibleAppeal(user, appealId);
  requireLetters(appeal);
  const [names, recipients] = await Promise.all([
    caseNames(user, appeal.id),
    db.select(recipientColumns).from(appealRecipients).where(eq(appealRecipients.appealId, appeal.id)).orderBy(asc(appealRecipients.name), asc(appealRecipients.id)),
  ]);
  return { appeal, caseNames: names, recipients };
});
