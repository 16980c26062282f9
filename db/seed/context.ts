// What every insert step of the demo seed shares: the transaction, the demo users and key → record
// lookups that turn the data modules' keys into deterministic ids (failing loudly on a typo).
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../client";
import { campaignSeeds } from "./data-campaigns";
import { prisonerCaseSeeds } from "./data-cases";
import { defenderCaseSeeds } from "./data-cases-defenders";
import { eventSeeds } from "./data-events";
import { organizationSeeds } from "./data-organizations";
import { otherContactSeeds, parliamentarianSeeds } from "./data-parliamentarians";
import { recentSeeds, type RecentSeeds } from "./data-recent";
import { reportContactSeeds } from "./data-report-contacts";
import { must, seedId } from "./ids";
import type { CaseSeed, ContactSeed } from "./types";

export type DemoUsers = { admin: string; manager: string; coordinator: string; officer: string; viewer: string };

export const contactSeeds: ContactSeed[] = [...reportContactSeeds, ...parliamentarianSeeds, ...otherContactSeeds];
export const caseSeeds: CaseSeed[] = [...prisonerCaseSeeds, ...defenderCaseSeeds];

const byKey = <T extends { key: string }>(items: T[], what: string): Map<string, T> => {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.key)) throw new Error(`Seed data: duplicate ${what} "${item.key}"`);
    map.set(item.key, item);
  }
  return map;
};

export const contactsByKey = byKey(contactSeeds, "contact");
export const organizationsByKey = byKey(organizationSeeds, "organization");
const casesByKey = byKey(caseSeeds, "case");
const campaignsByKey = byKey(campaignSeeds, "campaign");
// The recent events' keys do not depend on the day they are dated from.
const eventsByKey = byKey([...eventSeeds, ...recentSeeds("2000-01-01").events], "event");

/** Deterministic ids of seeded rows, checked against the data modules. */
export const ids = {
  contact: (key: string) => (must(contactsByKey, key, "contact"), seedId(`contact:${key}`)),
  organization: (key: string) => (must(organizationsByKey, key, "organization"), seedId(`organization:${key}`)),
  case: (key: string) => (must(casesByKey, key, "case"), seedId(`case:${key}`)),
  campaign: (key: string) => (must(campaignsByKey, key, "campaign"), seedId(`campaign:${key}`)),
  event: (key: string) => (must(eventsByKey, key, "event"), seedId(`event:${key}`)),
  list: (key: string) => seedId(`list:${key}`),
  appeal: (key: string) => seedId(`appeal:${key}`),
  letter: (key: string) => seedId(`letter:${key}`),
};

/** The historical records and the recent ones dated from the seeding day, together. */
export type DemoData = Omit<RecentSeeds, "invitations"> & { recentInvitations: RecentSeeds["invitations"] };

/** `today`: the UTC day the recent records are dated from; nothing is entered after it. */
export type SeedContext = { tx: Tx; users: DemoUsers; data: DemoData; today: string };

/** Inserts rows that are not there yet; a re-run finds every primary or unique key taken. */
export async function put<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += 500) {
    await tx.insert(table).values(rows.slice(i, i + 500)).onConflictDoNothing();
  }
}
