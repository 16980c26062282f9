import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { letters, letterSignatories } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import type { SignatoryStatus } from "./schema";
import { tallySentence } from "./tally-text";
import { letterVisibleTo } from "./visibility";

export type TallyRow = { label: string | null; signatures: number };

/**
 * A letter's tally, counted by PostgreSQL (GROUP BY over the letter's pool, served by the
 * (letter_id, status) index): signatures by country and by political group, and the pool by status.
 * Countries and groups are the snapshots taken when each member joined the pool.
 */
export const letterTally = dataAccess(async function letterTally(user: Acting, letterId: string) {
  authorize(user, "read");
  const signed = and(eq(letterSignatories.letterId, letterId), eq(letterSignatories.status, "signed"));
  const [[letter], byStatus, byCountry, byGroup] = await Promise.all([
    db
      .select({ body: letters.parliamentaryBody, target: letters.targetSignatures, reported: letters.reportedSignatures })
      .from(letters)
      .where(and(eq(letters.id, letterId), letterVisibleTo(user))),
    db
      .select({ status: letterSignatories.status, n: count() })
      .from(letterSignatories)
      .where(eq(letterSignatories.letterId, letterId))
      .groupBy(letterSignatories.status),
    db
      .select({ label: letterSignatories.countrySnapshot, signatures: count() })
      .from(letterSignatories)
      .where(signed)
      .groupBy(letterSignatories.countrySnapshot)
      .orderBy(desc(count()), sql`${letterSignatories.countrySnapshot} NULLS LAST`),
    db
      .select({ label: letterSignatories.politicalGroupSnapshot, signatures: count() })
      .from(letterSignatories)
      .where(signed)
      .groupBy(letterSignatories.politicalGroupSnapshot)
      .orderBy(desc(count()), sql`${letterSignatories.politicalGroupSnapshot} NULLS LAST`),
  ]);
  // A hidden letter answers like a missing one; its pool's counts, run alongside, are dropped.
  if (!letter) throw new NotFoundError();
  const pool = Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Partial<Record<SignatoryStatus, number>>;
  const onFile = pool.signed ?? 0;
  // Unknown countries or groups are shown as such but not counted as one more state or group.
  const countries = byCountry.filter((r) => r.label).length;
  const groups = byGroup.filter((r) => r.label).length;
  const signatures = letter.reported ?? onFile;
  return {
    pool,
    poolSize: byStatus.reduce((sum, r) => sum + r.n, 0),
    onFile,
    reported: letter.reported,
    target: letter.target,
    signatures,
    countries,
    groups,
    byCountry: byCountry as TallyRow[],
    byGroup: byGroup as TallyRow[],
    sentence: tallySentence({ body: letter.body, signatures, countries, groups, target: letter.target, onFile: letter.reported === null ? undefined : onFile }),
  };
});
export type LetterTally = Awaited<ReturnType<typeof letterTally>>;
