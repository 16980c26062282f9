import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import type { CampaignFormValues } from "./schema";
import { searchText } from "@/lib/search/search-text";

export const createCampaign = dataAccess(async function createCampaign(user: Acting, values: CampaignFormValues): Promise<{ id: string }> {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ ...values, searchText: searchText.campaign(values), ownerId: user.id, createdById: user.id })
      .returning();
    await writeAudit(tx, user, { action: "create", entity: "campaign", entityId: row.id, summary: row.name, before: null, after: row });
    return { id: row.id };
  });
});

export const updateCampaign = dataAccess(async function updateCampaign(user: Acting, input: { id: string; version: number; values: CampaignFormValues }) {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, campaigns, input.id, input.version);
    if (before.status === "archived") throw new ValidationError("This campaign is archived. Restore it before editing.");
    const [after] = await tx
      .update(campaigns)
      .set({ ...input.values, searchText: searchText.campaign(input.values), ...bump(campaigns) })
      .where(eq(campaigns.id, input.id))
      .returning();
    await writeAudit(tx, user, { action: "update", entity: "campaign", entityId: after.id, summary: after.name, before, after });
    return { id: after.id, version: after.version };
  });
});

export const archiveCampaign = dataAccess(async function archiveCampaign(user: Acting, input: { id: string; version: number }) {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, campaigns, input.id, input.version);
    if (before.status === "archived") throw new ValidationError("This campaign is already archived.");
    const [after] = await tx
      .update(campaigns)
      .set({ status: "archived", statusBeforeArchive: before.status, archivedAt: sql`now()`, ...bump(campaigns) })
      .where(eq(campaigns.id, input.id))
      .returning();
    await writeAudit(tx, user, { action: "archive", entity: "campaign", entityId: after.id, summary: after.name, before, after });
    return { id: after.id };
  });
});

export const restoreCampaign = dataAccess(async function restoreCampaign(user: Acting, input: { id: string; version: number }) {
  authorize(user, "campaign.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, campaigns, input.id, input.version);
    if (before.status !== "archived") throw new ValidationError("This campaign is not archived.");
    const [after] = await tx
      .update(campaigns)
      .set({ status: before.statusBeforeArchive ?? "active", statusBeforeArchive: null, archivedAt: null, ...bump(campaigns) })
      .where(eq(campaigns.id, input.id))
      .returning();
    await writeAudit(tx, user, { action: "restore", entity: "campaign", entityId: after.id, summary: after.name, before, after });
    return { id: after.id };
  });
});
