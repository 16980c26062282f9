// The campaign page's registry (campaignOverviewSources in overview.ts) against the database
// catalog: a table that links rows to a campaign must be shown on the campaign page or say why
// not, and each part named for it must really show a linked row.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import { appeals, campaignMembers, caseCampaigns, caseStatusHistory } from "@/db/schema";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { make } from "@/tests/registry/make";
import { listGoals } from "./goals";
import { campaignOverviewLeavesOut, campaignOverviewSources, campaignRecords, campaignTimeline, type CampaignOverviewPart } from "./overview";
import { listTeam } from "./team";

/** Every base table with a `campaign_id` column or a foreign key to campaigns(id), from the catalog. */
async function campaignTables(): Promise<string[]> {
  const result = await db.execute(sql`
    SELECT c.table_name AS "table"
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND c.column_name = 'campaign_id'
    UNION
    SELECT t.relname
      FROM pg_constraint k
      JOIN pg_class t ON t.oid = k.conrelid
     WHERE k.contype = 'f' AND k.confrelid = 'public.campaigns'::regclass
     ORDER BY 1`);
  return rowsOf<{ table: string }>(result).map((r) => r.table);
}

let manager: TestUser;
beforeAll(async () => {
  manager = await createTestUser("manager");
});

/**
 * One row linking a fresh record to `campaignId` in each registered table; returns the id the
 * campaign page shows for it (the case, appeal, letter or event; the goal; the team member).
 */
const linkers: Record<keyof typeof campaignOverviewSources, (campaignId: string) => Promise<string>> = {
  case_campaigns: async (campaignId) => {
    const { id } = await make.case();
    await db.insert(caseCampaigns).values({ caseId: id, campaignId });
    await db.insert(caseStatusHistory).values({ caseId: id, status: "released", changedOn: "2026-02-01" });
    return id;
  },
  appeals: async (campaignId) => {
    const [row] = await db.insert(appeals).values({ type: "urgent_appeal", title: unique("Registry appeal"), campaignId }).returning({ id: appeals.id });
    return row.id;
  },
  letters: async (campaignId) => (await make.letter({ campaignId })).id,
  events: async (campaignId) => (await make.event({ campaignId })).id,
  campaign_goals: async (campaignId) => (await make.goal(campaignId)).id,
  campaign_members: async (campaignId) => {
    const member = await make.user("officer");
    await db.insert(campaignMembers).values({ campaignId, userId: member.id });
    return member.id;
  },
};

/** The ids each part of the campaign page shows for the campaign. */
const shown: Record<CampaignOverviewPart, (campaignId: string) => Promise<string[]>> = {
  campaignRecords: async (campaignId) => {
    const records = await campaignRecords(manager, campaignId);
    return [records.cases, records.appeals, records.letters, records.events].flatMap((part) => part.rows.map((row) => row.id));
  },
  campaignTimeline: async (campaignId) => (await campaignTimeline(manager, campaignId)).entries.map((e) => e.href.split("/").pop()!),
  listGoals: async (campaignId) => (await listGoals(manager, campaignId)).map((g) => g.id),
  listTeam: async (campaignId) => (await listTeam(manager, campaignId)).map((m) => m.userId),
};

describe("campaign overview registry", () => {
  it("has every table that links rows to a campaign (read from the catalog) shown on the campaign page, or a reason why not", async () => {
    const tables = await campaignTables();
    expect(tables.length).toBeGreaterThan(0);
    const sources = Object.keys(campaignOverviewSources);
    const leftOut = Object.keys(campaignOverviewLeavesOut);
    for (const table of sources) expect(leftOut, table).not.toContain(table);
    // Only tables that exist: a renamed or dropped table is noticed too.
    expect([...sources, ...leftOut].sort()).toEqual(tables);
    for (const [table, reason] of Object.entries(campaignOverviewLeavesOut)) expect(reason.trim(), table).not.toBe("");
  });

  it("shows a row linked in each registered table in every part named for it", async () => {
    const { id: campaignId } = await make.campaign();
    for (const [table, parts] of Object.entries(campaignOverviewSources) as Array<[keyof typeof campaignOverviewSources, readonly CampaignOverviewPart[]]>) {
      const id = await linkers[table](campaignId);
      for (const part of parts) expect(await shown[part](campaignId), `${table} in ${part}`).toContain(id);
    }
  });
});
