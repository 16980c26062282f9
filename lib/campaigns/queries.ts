import "server-only";
import { and, asc, count, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { campaigns, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import type { CampaignListParams } from "./schema";

export const CAMPAIGN_PAGE_SIZE = 25;

export const listCampaigns = dataAccess(async function listCampaigns(user: Acting, params: CampaignListParams) {
  authorize(user, "read");
  const filters: SQL[] = [];
  if (params.status === "current") filters.push(ne(campaigns.status, "archived"));
  else if (params.status !== "all") filters.push(eq(campaigns.status, params.status));
  const match = textMatch(campaigns.searchText, params.q);
  if (match) filters.push(match.where);
  const where = filters.length ? and(...filters) : undefined;

  const order = {
    updated: [desc(campaigns.updatedAt)],
    name: [asc(campaigns.name)],
    starts: [sql`${campaigns.startsOn} DESC NULLS LAST`],
    status: [asc(campaigns.status), asc(campaigns.name)],
  }[params.sort];

  const owner = alias(users, "owner");
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: campaigns.id,
        name: campaigns.name,
        summary: campaigns.summary,
        status: campaigns.status,
        startsOn: campaigns.startsOn,
        endsOn: campaigns.endsOn,
        updatedAt: campaigns.updatedAt,
        ownerName: owner.name,
      })
      .from(campaigns)
      .leftJoin(owner, eq(owner.id, campaigns.ownerId))
      .where(where)
      // With a search, the closest names come first; the chosen sort breaks ties.
      .orderBy(...(match ? [match.rank] : []), ...order, asc(campaigns.id))
      .limit(CAMPAIGN_PAGE_SIZE)
      .offset((params.page - 1) * CAMPAIGN_PAGE_SIZE),
    db.select({ total: count() }).from(campaigns).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: CAMPAIGN_PAGE_SIZE };
});

export const getCampaign = dataAccess(async function getCampaign(user: Acting, id: string) {
  authorize(user, "read");
  const owner = alias(users, "owner");
  const creator = alias(users, "creator");
  const [row] = await db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      summary: campaigns.summary,
      description: campaigns.description,
      status: campaigns.status,
      startsOn: campaigns.startsOn,
      endsOn: campaigns.endsOn,
      archivedAt: campaigns.archivedAt,
      createdAt: campaigns.createdAt,
      updatedAt: campaigns.updatedAt,
      version: campaigns.version,
      ownerName: owner.name,
      createdByName: creator.name,
    })
    .from(campaigns)
    .leftJoin(owner, eq(owner.id, campaigns.ownerId))
    .leftJoin(creator, eq(creator.id, campaigns.createdById))
    .where(eq(campaigns.id, id));
  if (!row) throw new NotFoundError();
  return row;
});
