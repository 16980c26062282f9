import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { letterCases, letters, letterSignatories } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { ValidationError } from "@/lib/errors";
import type { LetterFormValues, LetterOutcomeValues, LetterStatus } from "./schema";
import { letterVisibleTo } from "./visibility";
import { searchText } from "@/lib/search/search-text";

/** Refuses a case the user may not see exactly like a missing one: the id reveals nothing. */
async function checkCases(tx: Tx, user: Acting, caseIds: string[]) {
  const ids = [...new Set(caseIds)];
  if (!ids.length) return ids;
  const visible = await tx.execute(
    sql`SELECT count(*)::int AS n FROM cases WHERE cases.id IN (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)}) AND ${caseVisibleTo(user)}`,
  );
  const n = Number(rowsOf<{ n: number }>(visible)[0]?.n ?? 0);
  if (n !== ids.length) throw new ValidationError("A chosen case was not found, or you may not see it.", "caseIds");
  return ids;
}

export const createLetter = dataAccess(async function createLetter(user: Acting, values: LetterFormValues): Promise<{ id: string }> {
  authorize(user, "appeal.write");
  return db.transaction(async (tx) => {
    const { caseIds, ...fields } = values;
    const cases = await checkCases(tx, user, caseIds);
    const [row] = await tx
      .insert(letters)
      .values({ ...fields, searchText: searchText.letter({ ...fields, referenceNumber: null }), ownerId: user.id, createdById: user.id })
      .returning();
    if (cases.length) await tx.insert(letterCases).values(cases.map((caseId) => ({ letterId: row.id, caseId })));
    await writeAudit(tx, user, { action: "create", entity: "letter", entityId: row.id, summary: row.title, before: null, after: { ...row, caseIds: cases } });
    return { id: row.id };
  });
});

export const updateLetter = dataAccess(async function updateLetter(user: Acting, input: { id: string; version: number; values: LetterFormValues }) {
  authorize(user, "appeal.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, letters, input.id, input.version, { where: letterVisibleTo(user) });
    const { caseIds, status, ...fields } = input.values;
    const cases = await checkCases(tx, user, caseIds);
    // Sent letters keep the status their outcome gave them; the form only offers the early ones.
    const nextStatus: LetterStatus = before.status === "dispatched" || before.status === "reply_received" ? before.status : status;
    const [after] = await tx
      .update(letters)
      .set({
        ...fields,
        status: nextStatus,
        searchText: searchText.letter({ ...fields, referenceNumber: before.referenceNumber }),
        ...bump(letters),
      })
      .where(eq(letters.id, input.id))
      .returning();
    // The user sees every case of a letter they may edit; the links are still replaced only where
    // the case is visible to them, so a hidden link could never be dropped unseen.
    await tx.execute(sql`DELETE FROM letter_cases lc USING cases
      WHERE lc.letter_id = ${input.id} AND cases.id = lc.case_id AND ${caseVisibleTo(user)}`);
    if (cases.length) await tx.insert(letterCases).values(cases.map((caseId) => ({ letterId: input.id, caseId }))).onConflictDoNothing();
    await writeAudit(tx, user, { action: "update", entity: "letter", entityId: after.id, summary: after.title, before, after: { ...after, caseIds: cases } });
    return { id: after.id, version: after.version };
  });
});

/** The outcome: when it was sent, its reference, the reply. The status follows from them. */
export const setLetterOutcome = dataAccess(async function setLetterOutcome(user: Acting, input: { id: string; version: number; values: LetterOutcomeValues }) {
  authorize(user, "appeal.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, letters, input.id, input.version, { where: letterVisibleTo(user) });
    const v = input.values;
    // Dates move the status forward; clearing a date that was set steps it back (to "sent" or to
    // "closed"). Without dates, the status stays: older letters are known to be sent on no known day.
    const status: LetterStatus = v.replyReceivedOn
      ? "reply_received"
      : v.dispatchedOn
        ? "dispatched"
        : before.dispatchedOn
          ? "closed"
          : before.status;
    const [after] = await tx
      .update(letters)
      .set({
        ...v,
        status,
        searchText: searchText.letter({ title: before.title, addressee: before.addressee, referenceNumber: v.referenceNumber ?? null }),
        ...bump(letters),
      })
      .where(eq(letters.id, input.id))
      .returning();
    await writeAudit(tx, user, { action: "outcome", entity: "letter", entityId: after.id, summary: after.title, before, after });
    return { id: after.id, version: after.version };
  });
});

/** Deletes a letter with its pool; nobody's contact record is touched. */
export const deleteLetter = dataAccess(async function deleteLetter(user: Acting, input: { id: string; version: number }) {
  authorize(user, "delete");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, letters, input.id, input.version, { where: letterVisibleTo(user) });
    const [{ pool }] = await tx
      .select({ pool: sql<number>`count(*)::int` })
      .from(letterSignatories)
      .where(eq(letterSignatories.letterId, input.id));
    await tx.delete(letters).where(eq(letters.id, input.id));
    await writeAudit(tx, user, {
      action: "delete",
      entity: "letter",
      entityId: before.id,
      summary: `${before.title} (pool of ${pool})`,
      before,
      after: null,
    });
    return { id: before.id };
  });
});
