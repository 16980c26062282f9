import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { appealRecipients } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { composeLetter, type Letter } from "./letter";
import { caseNames, recipientColumns, visibleAppeal } from "./output-queries";
import type { ReviewMethod } from "./schema";
import { transitions } from "./workflow";

// What a reviewer approves: each recipient's letter exactly as the print view, the PDF and the
// e-mail will render it (composeLetter, the one rendering), dated today, a page at a time so an
// appeal to fifty addressees stays readable, with the recipients the chosen method cannot reach
// flagged and listed first.

export const REVIEW_LETTERS_PAGE_SIZE = 10;
/** The flagged recipients named in the summary; beyond this the count says how many more. */
export const FLAGGED_NAMES_LIMIT = 50;

/** The recipient lacks what the method needs: an e-mail address, or a postal address. */
function missingFor(method: ReviewMethod): SQL<boolean> {
  const column = method === "email" ? appealRecipients.email : appealRecipients.postalAddress;
  return sql<boolean>`(nullif(btrim(${column}), '') IS NULL)`;
}

export type ReviewLetter = { letter: Letter; missing: boolean };
export type ReviewLetters = {
  letters: ReviewLetter[];
  /** all recipients of the appeal */
  total: number;
  page: number;
  pageSize: number;
  via: ReviewMethod;
  flagged: { total: number; names: string[] };
};

/**
 * One page of the personalized letters of an appeal in review, for those who approve. A hidden
 * appeal answers like a missing one; an appeal not in review is a ValidationError (a draft's text
 * may still change; an approved one has its letters on the recipients' rows).
 */
export const reviewLetters = dataAccess(async function reviewLetters(
  user: Acting | null | undefined,
  appealId: string,
  params: { page: number; via: ReviewMethod },
): Promise<ReviewLetters> {
  authorize(user, transitions.approve.capability);
  const appeal = await visibleAppeal(user, appealId);
  if (appeal.status !== "in_review") throw new ValidationError("Only an appeal in review has letters to review.");
  const mine = eq(appealRecipients.appealId, appeal.id);
  const missing = missingFor(params.via);
  const [[counts], flaggedRows, names] = await Promise.all([
    db
      .select({ total: count(), flagged: sql<number>`(count(*) FILTER (WHERE ${missing}))::int` })
      .from(appealRecipients)
      .where(mine),
    db.select({ name: appealRecipients.name }).from(appealRecipients).where(and(mine, missing)).orderBy(asc(appealRecipients.name), asc(appealRecipients.id)).limit(FLAGGED_NAMES_LIMIT),
    caseNames(user, appeal.id),
  ]);
  const pages = Math.max(1, Math.ceil(counts.total / REVIEW_LETTERS_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const rows = await db
    .select({ ...recipientColumns, missing })
    .from(appealRecipients)
    .where(mine)
    .orderBy(desc(missing), asc(appealRecipients.name), asc(appealRecipients.id))
    .limit(REVIEW_LETTERS_PAGE_SIZE)
    .offset((page - 1) * REVIEW_LETTERS_PAGE_SIZE);
  const today = new Date();
  return {
    letters: rows.map(({ missing: lacks, ...recipient }) => ({ letter: composeLetter(appeal, recipient, names, today), missing: lacks })),
    total: counts.total,
    page,
    pageSize: REVIEW_LETTERS_PAGE_SIZE,
    via: params.via,
    flagged: { total: counts.flagged, names: flaggedRows.map((r) => r.name) },
  };
});
