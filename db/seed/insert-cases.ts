// Campaigns (with goals and members) and cases (with names, status history, assignments).
import { searchText } from "../../lib/search/search-text";
import {
  campaignGoals,
  campaignMembers,
  campaigns,
  caseAssignments,
  caseCampaigns,
  caseNames,
  caseStatusHistory,
  cases,
} from "../schema";
import { caseSeeds, ids, put, type SeedContext } from "./context";
import { campaignSeeds } from "./data-campaigns";
import { seedId } from "./ids";

export async function insertCampaigns({ tx, users }: SeedContext): Promise<void> {
  await put(
    tx,
    campaigns,
    campaignSeeds.map((c) => ({
      id: ids.campaign(c.key),
      name: c.name,
      summary: c.summary,
      description: c.description,
      status: c.status,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      ownerId: users.manager,
      createdById: users.manager,
      searchText: searchText.campaign({ name: c.name, summary: c.summary ?? "" }),
    })),
  );
  await put(
    tx,
    campaignGoals,
    campaignSeeds.flatMap((c) =>
      c.goals.map((g) => ({
        id: seedId(`campaign-goal:${c.key}:${g.key}`),
        campaignId: ids.campaign(c.key),
        metric: g.metric,
        label: g.label,
        target: g.target,
        dueOn: g.dueOn,
      })),
    ),
  );
  await put(
    tx,
    campaignMembers,
    campaignSeeds.flatMap((c) =>
      c.members.map((m) => ({ campaignId: ids.campaign(c.key), userId: users[m.user], role: m.role })),
    ),
  );
}

export async function insertCases({ tx, users }: SeedContext): Promise<void> {
  await put(
    tx,
    cases,
    caseSeeds.map((c) => ({
      id: ids.case(c.key),
      primaryName: c.primaryName,
      nameNative: c.nameNative,
      country: c.country,
      status: c.status,
      restricted: c.restricted ?? false,
      charges: c.charges,
      summary: c.summary,
      tags: c.tags,
      searchText: searchText.case({ primaryName: c.primaryName, nameNative: c.nameNative ?? null }, c.variants.map((v) => v.name)),
      createdById: users.officer,
    })),
  );
  await put(
    tx,
    caseNames,
    caseSeeds.flatMap((c) =>
      c.variants.map((v) => ({
        id: seedId(`case-name:${c.key}:${v.name}`),
        caseId: ids.case(c.key),
        name: v.name,
        script: v.script,
        language: v.language,
        note: v.note,
      })),
    ),
  );
  await put(
    tx,
    caseStatusHistory,
    caseSeeds.flatMap((c) =>
      c.history.map((h) => ({
        id: seedId(`case-status:${c.key}:${h.on}:${h.status}`),
        caseId: ids.case(c.key),
        status: h.status,
        changedOn: h.on,
        note: h.note,
        createdById: users.officer,
      })),
    ),
  );
  await put(
    tx,
    caseCampaigns,
    caseSeeds.flatMap((c) => c.campaigns.map((k) => ({ caseId: ids.case(c.key), campaignId: ids.campaign(k) }))),
  );
  // Restricted cases: the officer is assigned to one, so "if assigned" can be tried with the demo accounts.
  await put(tx, caseAssignments, [{ caseId: ids.case("zheksebayev"), userId: users.officer }]);
}
