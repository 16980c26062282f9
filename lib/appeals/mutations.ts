import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { appealCases, appealRecipients, appeals } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { ValidationError } from "@/lib/errors";
import { bump } from "@/db/versioned";
import { lockAppeal } from "./lock";
import type { AppealFormValues } from "./schema";
import { recordBodyVersion } from "./versions";
import { isEditable } from "./workflow";
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

export const createAppeal = dataAccess(async function createAppeal(user: Acting, values: AppealFormValues): Promise<{ id: string }> {
  authorize(user, "appeal.write");
  return db.transaction(async (tx) => {
    const { caseIds, ...fields } = values;
    const linked = await checkCases(tx, user, caseIds);
    const [row] = await tx
      .insert(appeals)
      .values({ ...fields, searchText: searchText.appeal(fields), ownerId: user.id, createdById: user.id })
      .returning();
    if (linked.length) await tx.insert(appealCases).values(linked.map((caseId) => ({ appealId: row.id, caseId })));
    await recordBodyVersion(tx, user, row.id, fields);
    await writeAudit(tx, user, { action: "create", entity: "appeal", entityId: row.id, summary: row.title, before: null, after: { ...row, caseIds: linked } });
    return { id: row.id };
  });
});

/** Edits a draft; each change of subject or body becomes a new numbered version. */
export const updateAppeal = dataAccess(async function updateAppeal(user: Acting, input: { id: string; version: number; values: AppealFormValues }) {
  authorize(user, "appeal.write");
  return db.transaction(async (tx) => {
    const before = await lockAppeal(tx, user, input.id, input.version);
    if (!isEditable(before.status)) {
      throw new ValidationError("Only a draft can be edited. A manager can return the appeal to its author for changes.");
    }
    const { caseIds, ...fields } = input.values;
    const linked = await checkCases(tx, user, caseIds);
    const [after] = await tx
      .update(appeals)
      .set({ ...fields, searchText: searchText.appeal(fields), ...bump(appeals) })
      .where(eq(appeals.id, input.id))
      .returning();
    // Only the links the user can see are replaced (an appeal about a hidden case is itself
    // hidden, so today this is every link; the rule keeps it safe if that ever changes).
    await tx.execute(sql`DELETE FROM appeal_cases ac USING cases
      WHERE ac.appeal_id = ${input.id} AND cases.id = ac.case_id AND ${caseVisibleTo(user)}`);
    if (linked.length) await tx.insert(appealCases).values(linked.map((caseId) => ({ appealId: input.id, caseId }))).onConflictDoNothing();
    const versionNo = await recordBodyVersion(tx, user, input.id, fields);
    await writeAudit(tx, user, {
      action: "update",
      entity: "appeal",
      entityId: after.id,
      summary: versionNo ? `${after.title} (text version ${versionNo})` : after.title,
      before,
      after: { ...after, caseIds: linked },
    });
    return { id: after.id, version: after.version };
  });
});

/** Deletes a draft with its recipients and versions; what was submitted is history and stays. */
export const deleteAppeal = dataAccess(async function deleteAppeal(user: Acting, input: { id: string; version: number }) {
  authorize(user, "delete");
  return db.transaction(async (tx) => {
    const before = await lockAppeal(tx, user, input.id, input.version);
    if (!isEditable(before.status)) throw new ValidationError("Only a draft can be deleted; close the appeal instead.");
    const [{ recipients }] = await tx
      .select({ recipients: sql<number>`count(*)::int` })
      .from(appealRecipients)
      .where(eq(appealRecipients.appealId, input.id));
    await tx.delete(appeals).where(eq(appeals.id, input.id));
    await writeAudit(tx, user, { action: "delete", entity: "appeal", entityId: before.id, summary: `${before.title} (${recipients} recipients)`, before, after: null });
    return { id: before.id };
  });
});
