import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { campaigns } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";

/** Goals and team change only on a campaign that exists and is not archived (archived is read-only). */
export async function requireEditableCampaign(tx: Tx, campaignId: string) {
  const [campaign] = await tx.select({ id: campaigns.id, name: campaigns.name, status: campaigns.status }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw new NotFoundError();
  if (campaign.status === "archived") throw new ValidationError("This campaign is archived. Restore it before editing.");
  return campaign;
}
