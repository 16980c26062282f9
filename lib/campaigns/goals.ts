import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { campaignGoals } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { dataAccess } from "@/lib/auth/data-access";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { eventVisibleTo } from "@/lib/events/visibility";
import { letterVisibleTo } from "@/lib/letters/visibility";
import type { GoalFormValues, GoalMetric } from "./work-schema";
import { requireEditableCampaign } from "./editable";

export type GoalWithProgress = {
  id: string;
  metric: GoalMetric;
  label: string;
  target: number;
  dueOn: string | null;
  version: number;
  /** null for "other": nothing in the database counts it */
  progress: number | null;
};

/**
 * The campaign's goals, each with its progress counted in ONE query: every metric is counted once
 * for the campaign, then joined to the goals that measure it.
 * - signatures: per letter of the campaign the user may see, the published count when set, else
 *   the signatories on file who signed (the figure the letter's own page shows), summed;
 * - appeals sent: the campaign's appeals with a sending date, that the user may see;
 * - events held: the campaign's events held or reported, that the user may see;
 * - cases released: the campaign's cases now released, that the user may see.
 */
export const listGoals = dataAccess(async function listGoals(user: Acting, campaignId: string): Promise<GoalWithProgress[]> {
  authorize(user, "read");
  const result = await db.execute(sql`
    WITH progress(metric, n) AS (
      SELECT 'signatures'::campaign_goal_metric, (
        SELECT coalesce(sum(coalesce(l.reported_signatures,
                 (SELECT count(*) FROM letter_signatories s WHERE s.letter_id = l.id AND s.status = 'signed'))), 0)
          FROM letters l WHERE l.campaign_id = ${campaignId} AND ${letterVisibleTo(user, sql`l`)})
      UNION ALL
      SELECT 'appeals_sent', (
        SELECT count(*) FROM appeals WHERE appeals.campaign_id = ${campaignId} AND appeals.sent_at IS NOT NULL AND ${appealVisibleTo(user)})
      UNION ALL
      SELECT 'events_held', (
        SELECT count(*) FROM events e WHERE e.campaign_id = ${campaignId} AND e.status IN ('held', 'reported') AND ${eventVisibleTo(user, sql`e`)})
      UNION ALL
      SELECT 'cases_released', (
        SELECT count(*) FROM case_campaigns cc JOIN cases ON cases.id = cc.case_id
         WHERE cc.campaign_id = ${campaignId} AND cases.status = 'released' AND ${caseVisibleTo(user)})
    )
    SELECT g.id, g.metric, g.label, g.target, g.due_on::text AS "dueOn", g.version, p.n::int AS progress
      FROM campaign_goals g LEFT JOIN progress p ON p.metric = g.metric
     WHERE g.campaign_id = ${campaignId}
     ORDER BY g.due_on ASC NULLS LAST, g.created_at, g.id
  `);
  return rowsOf<GoalWithProgress>(result).map((g) => ({ ...g, progress: g.progress === null ? null : Number(g.progress) }));
});

export const createGoal = dataAccess(async function createGoal(user: Acting, input: { campaignId: string; values: GoalFormValues }): Promise<{ id: string; campaignId: string }> {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const campaign = await requireEditableCampaign(tx, input.campaignId);
    const [row] = await tx.insert(campaignGoals).values({ campaignId: campaign.id, ...input.values }).returning();
    await writeAudit(tx, user, { action: "create", entity: "campaign_goal", entityId: row.id, summary: `${campaign.name}: ${row.label}`, before: null, after: row });
    return { id: row.id, campaignId: campaign.id };
  });
});

export const updateGoal = dataAccess(async function updateGoal(user: Acting, input: { id: string; version: number; values: GoalFormValues }) {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, campaignGoals, input.id, input.version);
    const campaign = await requireEditableCampaign(tx, before.campaignId);
    const [after] = await tx
      .update(campaignGoals)
      .set({ ...input.values, ...bump(campaignGoals) })
      .where(eq(campaignGoals.id, input.id))
      .returning();
    await writeAudit(tx, user, { action: "update", entity: "campaign_goal", entityId: after.id, summary: `${campaign.name}: ${after.label}`, before, after });
    return { id: after.id, campaignId: after.campaignId, version: after.version };
  });
});

export const deleteGoal = dataAccess(async function deleteGoal(user: Acting, input: { id: string; version: number }) {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, campaignGoals, input.id, input.version);
    const campaign = await requireEditableCampaign(tx, before.campaignId);
    await tx.delete(campaignGoals).where(eq(campaignGoals.id, input.id));
    await writeAudit(tx, user, { action: "delete", entity: "campaign_goal", entityId: before.id, summary: `${campaign.name}: ${before.label}`, before, after: null });
    return { campaignId: before.campaignId };
  });
});
