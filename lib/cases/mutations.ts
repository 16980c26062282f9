import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { appealCases, campaigns, caseAssignments, caseCampaigns, caseNames, cases, caseStatusHistory, users } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { checkRestrictChange, insertCase } from "./insert";
import type { CaseFormValues } from "./schema";
import { caseVisibleTo } from "./visibility";
import { searchText } from "@/lib/search/search-text";

const today = () => new Date().toISOString().slice(0, 10);

async function checkCampaigns(tx: Tx, ids: string[]) {
  if (!ids.length) return;
  const found = await tx.select({ id: campaigns.id }).from(campaigns).where(inArray(campaigns.id, ids));
  if (found.length !== new Set(ids).size) throw new ValidationError("Choose campaigns from the list.", "campaignIds");
}

export const createCase = dataAccess(async function createCase(user: Acting, values: CaseFormValues): Promise<{ id: string }> {
  authorize(user, "case.write");
  return db.transaction(async (tx) => {
    await checkCampaigns(tx, values.campaignIds);
    const { id } = await insertCase(tx, user, {
      primaryName: values.primaryName,
      nameNative: values.nameNative,
      country: values.country,
      status: values.status,
      restricted: values.restricted,
      charges: values.charges,
      summary: values.summary,
      tags: values.tags,
      names: values.names.map((n) => ({ name: n.name, script: n.script, language: n.language })),
      statusSince: values.statusSince ?? undefined,
    });
    if (values.campaignIds.length) await tx.insert(caseCampaigns).values([...new Set(values.campaignIds)].map((campaignId) => ({ caseId: id, campaignId })));
    return { id };
  });
});

async function namesAndCampaigns(tx: Tx, id: string) {
  const [names, linked] = await Promise.all([
    tx.select({ name: caseNames.name, script: caseNames.script, language: caseNames.language }).from(caseNames).where(eq(caseNames.caseId, id)).orderBy(caseNames.createdAt),
    tx.select({ campaignId: caseCampaigns.campaignId }).from(caseCampaigns).where(eq(caseCampaigns.caseId, id)),
  ]);
  return { names, campaignIds: linked.map((l) => l.campaignId).sort() };
}

export const updateCase = dataAccess(async function updateCase(user: Acting, input: { id: string; version: number; values: CaseFormValues }) {
  authorize(user, "case.write");
  const v = input.values;
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, cases, input.id, input.version, { where: caseVisibleTo(user) });
    checkRestrictChange(user, before.restricted, v.restricted);
    await checkCampaigns(tx, v.campaignIds);
    const linksBefore = await namesAndCampaigns(tx, input.id);
    const [after] = await tx
      .update(cases)
      .set({
        primaryName: v.primaryName,
        nameNative: v.nameNative,
        country: v.country,
        status: v.status,
        restricted: v.restricted,
        charges: v.charges,
        summary: v.summary,
        tags: v.tags,
        // Every spelling the case is found by, recomputed from what the form now holds.
        searchText: searchText.case({ primaryName: v.primaryName, nameNative: v.nameNative ?? null }, v.names.map((n) => n.name)),
        ...bump(cases),
      })
      .where(eq(cases.id, input.id))
      .returning();
    await tx.delete(caseNames).where(eq(caseNames.caseId, input.id));
    if (v.names.length) await tx.insert(caseNames).values(v.names.map((n) => ({ caseId: input.id, name: n.name, script: n.script, language: n.language })));
    await tx.delete(caseCampaigns).where(eq(caseCampaigns.caseId, input.id));
    if (v.campaignIds.length) await tx.insert(caseCampaigns).values([...new Set(v.campaignIds)].map((campaignId) => ({ caseId: input.id, campaignId })));
    if (before.status !== after.status) {
      await tx.insert(caseStatusHistory).values({ caseId: input.id, status: after.status, changedOn: v.statusSince ?? today(), createdById: user.id });
    }
    const linksAfter = await namesAndCampaigns(tx, input.id);
    await writeAudit(tx, user, {
      action: "update",
      entity: "case",
      entityId: after.id,
      summary: after.primaryName,
      before: { ...before, ...linksBefore },
      after: { ...after, ...linksAfter },
    });
    return { id: after.id, version: after.version };
  });
});

export const deleteCase = dataAccess(async function deleteCase(user: Acting, input: { id: string; version: number }) {
  authorize(user, "delete");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, cases, input.id, input.version, { where: caseVisibleTo(user) });
    // appeal_cases refers to cases ON DELETE RESTRICT: the correspondence about a person is history.
    const [appeal] = await tx.select({ id: appealCases.appealId }).from(appealCases).where(eq(appealCases.caseId, input.id)).limit(1);
    if (appeal) throw new ValidationError("This case has appeals; it cannot be deleted.");
    const links = await namesAndCampaigns(tx, input.id);
    await tx.delete(cases).where(eq(cases.id, input.id));
    await writeAudit(tx, user, { action: "delete", entity: "case", entityId: before.id, summary: before.primaryName, before: { ...before, ...links }, after: null });
    return { id: before.id };
  });
});

/** Assignment decides who may read a restricted case: managers and admins only. */
export const assignUser = dataAccess(async function assignUser(user: Acting, input: { caseId: string; userId: string }) {
  authorize(user, "case.readRestricted");
  return db.transaction(async (tx) => {
    const [theCase] = await tx.select({ id: cases.id, primaryName: cases.primaryName }).from(cases).where(eq(cases.id, input.caseId));
    if (!theCase) throw new NotFoundError();
    const [person] = await tx.select({ id: users.id, email: users.email, role: users.role, active: users.active }).from(users).where(eq(users.id, input.userId));
    if (!person || !person.active) throw new ValidationError("Choose an active user from the list.", "userId");
    // The role table gives viewers no restricted case at all, assigned or not.
    if (person.role === "viewer") throw new ValidationError("Viewers cannot be assigned to cases.", "userId");
    const [added] = await tx.insert(caseAssignments).values(input).onConflictDoNothing().returning();
    if (added) {
      await writeAudit(tx, user, { action: "assign", entity: "case", entityId: theCase.id, summary: `${theCase.primaryName}: assigned ${person.email}`, before: null, after: added });
    }
    return { caseId: theCase.id };
  });
});

export const unassignUser = dataAccess(async function unassignUser(user: Acting, input: { caseId: string; userId: string }) {
  authorize(user, "case.readRestricted");
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(caseAssignments)
      .where(and(eq(caseAssignments.caseId, input.caseId), eq(caseAssignments.userId, input.userId)))
      .returning();
    if (!removed) throw new NotFoundError();
    const [theCase] = await tx.select({ primaryName: cases.primaryName }).from(cases).where(eq(cases.id, input.caseId));
    const [person] = await tx.select({ email: users.email }).from(users).where(eq(users.id, input.userId));
    await writeAudit(tx, user, {
      action: "unassign",
      entity: "case",
      entityId: input.caseId,
      summary: `${theCase?.primaryName ?? "Case"}: unassigned ${person?.email ?? input.userId}`,
      before: removed,
      after: null,
    });
    return { caseId: input.caseId };
  });
});
