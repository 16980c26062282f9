import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignMembers, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { requireEditableCampaign } from "./editable";

export const listTeam = dataAccess(async function listTeam(user: Acting, campaignId: string) {
  authorize(user, "read");
  return db
    .select({ userId: users.id, name: users.name, userRole: users.role, role: campaignMembers.role, addedAt: campaignMembers.addedAt })
    .from(campaignMembers)
    .innerJoin(users, eq(users.id, campaignMembers.userId))
    .where(eq(campaignMembers.campaignId, campaignId))
    .orderBy(asc(users.name));
});

/** Active users not yet on the team: the "add someone" choices. */
export const teamCandidates = dataAccess(async function teamCandidates(user: Acting, campaignId: string) {
  authorize(user, "campaign.write");
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        sql`NOT EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = ${campaignId} AND m.user_id = ${users.id})`,
      ),
    )
    .orderBy(asc(users.name));
});

export const addMember = dataAccess(async function addMember(user: Acting, input: { campaignId: string; userId: string; role: string }) {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const campaign = await requireEditableCampaign(tx, input.campaignId);
    const [person] = await tx.select({ id: users.id, email: users.email, active: users.active }).from(users).where(eq(users.id, input.userId));
    if (!person || !person.active) throw new ValidationError("Choose an active user from the list.", "userId");
    const [added] = await tx.insert(campaignMembers).values(input).onConflictDoNothing().returning();
    if (!added) throw new ValidationError("This person is already on the team.", "userId");
    await writeAudit(tx, user, { action: "add_member", entity: "campaign", entityId: campaign.id, summary: `${campaign.name}: added ${person.email} (${added.role})`, before: null, after: added });
    return { campaignId: campaign.id };
  });
});

export const removeMember = dataAccess(async function removeMember(user: Acting, input: { campaignId: string; userId: string }) {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const campaign = await requireEditableCampaign(tx, input.campaignId);
    const [removed] = await tx
      .delete(campaignMembers)
      .where(and(eq(campaignMembers.campaignId, input.campaignId), eq(campaignMembers.userId, input.userId)))
      .returning();
    if (!removed) throw new NotFoundError();
    const [person] = await tx.select({ email: users.email }).from(users).where(eq(users.id, input.userId));
    await writeAudit(tx, user, {
      action: "remove_member",
      entity: "campaign",
      entityId: campaign.id,
      summary: `${campaign.name}: removed ${person?.email ?? input.userId}`,
      before: removed,
      after: null,
    });
    return { campaignId: campaign.id };
  });
});
