import "server-only";
import { and, asc, eq, or, sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { cases, letters } from "@/db/schema";
import type { Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { caseFilters } from "@/lib/cases/queries";
import { caseListSchema, type CaseStatus } from "@/lib/cases/schema";
import { letterVisibleTo } from "@/lib/letters/visibility";
import { TOP } from "./engagement";
import type { Scope } from "./scope";

/**
 * Cases of the campaign and country by status and by country, as they stand today: the cases
 * list's own filters (which carry the restricted-case rule), grouped twice in one query.
 */
export const casesBreakdown = dataAccess(async function casesBreakdown(user: Acting, f: Scope) {
  const where = and(...caseFilters(user, caseListSchema.parse({ campaign: f.campaign, country: f.country })));
  const rows = await db
    .select({
      byStatus: sql<number>`grouping(${cases.country})`,
      status: cases.status,
      country: cases.country,
      n: sql<number>`count(*)::int`,
    })
    .from(cases)
    .where(where)
    .groupBy(sql`GROUPING SETS ((${cases.status}), (${cases.country}), ())`)
    .orderBy(sql`count(*) DESC`, asc(cases.status), asc(cases.country));
  // The empty grouping set is the total: both columns grouped away.
  const total = rows.find((r) => r.status === null && r.country === null && r.byStatus === 1)?.n ?? 0;
  return {
    total,
    byStatus: rows.filter((r) => r.byStatus === 1 && r.status !== null).map((r) => ({ status: r.status as CaseStatus, n: r.n })),
    byCountry: rows.filter((r) => r.byStatus === 0).map((r) => ({ country: r.country, n: r.n })),
  };
});

export type LetterProgress = { id: string; title: string; deadline: string | null; signed: number; target: number | null };

/**
 * Open letters (draft or collecting) of the campaign and body: how many, and the ten closing
 * soonest with their signatures against the target. Ordered by deadline (letters_deadline_idx),
 * the signatures are counted for those ten only, whatever the number of open letters. Letters
 * about a case the user may not see are neither counted nor listed, as in the letters list.
 */
export async function openLetters(user: Acting, f: Scope): Promise<{ open: number; closingSoonest: LetterProgress[] }> {
  const filters: SQL[] = [or(eq(letters.status, "draft"), eq(letters.status, "collecting"))!, letterVisibleTo(user)];
  if (f.campaign) filters.push(eq(letters.campaignId, f.campaign));
  if (f.body !== "all") filters.push(eq(letters.parliamentaryBody, f.body));
  const where = and(...filters);
  // As the letters list counts them: the published count when set, else the signatures on file.
  const signed = sql`coalesce(${letters.reportedSignatures},
    (SELECT count(*) FROM letter_signatories s WHERE s.letter_id = "letters"."id" AND s.status = 'signed'))::int`;
  // The count and the ten in one statement (a dashboard view runs each statement as a transaction
  // of its own); with no open letter, one row: the count and nulls.
  const rows = rowsOf<{ open: number } & { [K in keyof LetterProgress]: LetterProgress[K] | null }>(
    await db.execute(sql`
      SELECT o.open, l.id, l.title, l.deadline, l.signed, l.target
        FROM (SELECT count(*)::int AS open FROM ${letters} WHERE ${where}) o
        LEFT JOIN LATERAL (
          SELECT ${letters.id} AS id, ${letters.title} AS title, ${letters.deadline}::text AS deadline, ${signed} AS signed, ${letters.targetSignatures} AS target
            FROM ${letters} WHERE ${where}
           ORDER BY ${letters.deadline} ASC NULLS LAST, ${letters.updatedAt} DESC, ${letters.id} ASC LIMIT ${TOP}) l ON true`),
  );
  const open = rows[0]?.open ?? 0;
  const closingSoonest = rows.flatMap(({ id, title, deadline, signed, target }): LetterProgress[] =>
    id === null ? [] : [{ id, title: title ?? "", deadline, signed: signed ?? 0, target }],
  );
  return { open, closingSoonest };
}
