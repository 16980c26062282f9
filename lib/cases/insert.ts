import "server-only";
import type { Tx } from "@/db/client";
import { caseNames, cases, caseStatusHistory } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import type { Acting } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors";
import { searchText } from "@/lib/search/search-text";

type CaseStatus = (typeof cases.$inferInsert)["status"] & string;

export type NewCase = {
  primaryName: string;
  nameNative?: string | null;
  country?: string | null;
  status: CaseStatus;
  restricted: boolean;
  charges?: string | null;
  summary?: string;
  tags?: string[];
  /** other spellings and scripts of the name */
  names?: Array<{ name: string; script?: string; language?: string | null }>;
  /** the date the current status applies from (ISO date); today when absent */
  statusSince?: string;
};

export const RESTRICT_REFUSAL = "You may not change who can see this case.";

/**
 * Restricting a case decides who may see it, so only "case.restrict" may set or clear the flag;
 * anybody else may send it unchanged. `field` names the checkbox of the form that sent it. Those
 * who may restrict see every case, so nobody loses sight of a case by restricting it.
 */
export function checkRestrictChange(user: Acting, from: boolean, to: boolean, field = "restricted") {
  if (from !== to && !can(user.role, "case.restrict")) throw new ValidationError(RESTRICT_REFUSAL, field);
}

/**
 * Creates a case with its name variants and the first entry of its status history, audited, in
 * the caller's transaction. The one way a case comes into being: the case form and an accepted
 * incoming appeal both call it (after authorizing "case.write").
 */
export async function insertCase(tx: Tx, user: Acting, input: NewCase): Promise<{ id: string }> {
  checkRestrictChange(user, false, input.restricted);
  const names = input.names ?? [];
  const [row] = await tx
    .insert(cases)
    .values({
      primaryName: input.primaryName,
      nameNative: input.nameNative ?? null,
      country: input.country ?? null,
      status: input.status,
      restricted: input.restricted,
      charges: input.charges ?? null,
      summary: input.summary ?? "",
      tags: input.tags ?? [],
      searchText: searchText.case({ primaryName: input.primaryName, nameNative: input.nameNative ?? null }, names.map((n) => n.name)),
      createdById: user.id,
    })
    .returning();
  await writeAudit(tx, user, { action: "create", entity: "case", entityId: row.id, summary: row.primaryName, before: null, after: row });
  if (names.length) {
    await tx.insert(caseNames).values(names.map((n) => ({ caseId: row.id, name: n.name, script: n.script ?? "latin", language: n.language ?? null })));
  }
  await tx.insert(caseStatusHistory).values({
    caseId: row.id,
    status: row.status,
    changedOn: input.statusSince ?? new Date().toISOString().slice(0, 10),
    createdById: user.id,
  });
  return { id: row.id };
}
