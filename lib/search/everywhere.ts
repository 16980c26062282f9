import "server-only";
import { asc, eq, isNull, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import { db } from "@/db/client";
import { appeals, campaigns, cases, contacts, events, letters, organizations } from "@/db/schema";
import { appealVisibleTo } from "@/lib/appeals/visibility";
import { appealStatusLabels, appealTypeLabels } from "@/lib/appeals/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { campaignStatusLabels } from "@/lib/campaigns/schema";
import { caseStatusLabels } from "@/lib/cases/schema";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { countryName } from "@/lib/contacts/countries";
import { eventKindLabels, eventStatusLabels } from "@/lib/events/schema";
import { eventVisibleTo } from "@/lib/events/visibility";
import { dateFormat } from "@/lib/format";
import { letterKindLabels, letterStatusLabels } from "@/lib/letters/schema";
import { letterVisibleTo } from "@/lib/letters/visibility";
import { textMatch, type TextMatch } from "./match";
import { normalizeForSearch } from "./normalize";
import type { SearchTextKind } from "./search-text";

export const searchEverywhereSchema = z.object({ q: z.string().max(200) });
/** The results page's URL parameters; anything unexpected falls back to no search. */
export const searchPageSchema = z.object({ q: z.string().trim().max(200).catch("") });

/** What the palette shows per type; the results page shows more. */
export const PALETTE_PER_KIND = 5;
export const PAGE_PER_KIND = 20;
/**
 * Rows of one type considered for ranking: exact word matches first, then any match. A common
 * word ("minister") matches tens of thousands of contacts; ranking them all would cost more than
 * the palette's whole budget, so only this many candidates are ranked (as in the contacts list).
 */
const CANDIDATES = 200;

export const searchKinds = ["contact", "organization", "case", "appeal", "letter", "event", "campaign"] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKind, string> = {
  contact: "Contacts",
  organization: "Organizations",
  case: "Cases",
  appeal: "Appeals",
  letter: "Letters",
  event: "Events",
  campaign: "Campaigns",
};

/**
 * Every kind of record with search text (lib/search/search-text.ts) is in the palette, or says why
 * not: a new searchable kind does not compile until it is decided here (README, "Adding a domain").
 */
export const paletteCoverage: Record<SearchTextKind, SearchKind | { notInPalette: string }> = {
  contact: "contact",
  organization: "organization",
  case: "case",
  appeal: "appeal",
  letter: "letter",
  event: "event",
  campaign: "campaign",
  incoming: { notInPalette: "requests for help are worked from their own list by the officers who handle them" },
  list: { notInPalette: "lists are opened from Contacts, where their members are" },
};

export type SearchHit = { id: string; title: string; detail: string; href: string };
export type SearchGroup = { kind: SearchKind; label: string; hits: SearchHit[]; more: boolean; listHref: string };
export type SearchResults = { q: string; groups: SearchGroup[] };

/** The list page of each type, filtered by the same words: where "more" leads. */
function listHref(kind: SearchKind, q: string): string {
  const query = encodeURIComponent(q);
  switch (kind) {
    case "event":
      return `/events?q=${query}&when=all`;
    case "campaign":
      return `/campaigns?q=${query}&status=all`;
    default:
      return `/${kind}s?q=${query}`;
  }
}

/** The line under a result: its parts once each, without what the title already says. */
function detailOf(title: string, ...parts: Array<string | null | undefined>): string {
  const shown = new Set([title, "—"]);
  const line: string[] = [];
  for (const part of parts) {
    if (!part || shown.has(part)) continue;
    shown.add(part);
    line.push(part);
  }
  return line.join(" · ");
}

/**
 * The closest `limit + 1` rows of one table (the extra one says "more"), ranked like the lists:
 * up to CANDIDATES rows holding every typed word exactly, and as many close matches.
 * `visible` holds the type's visibility rule, so hidden rows are never candidates and never crowd
 * out visible ones. Inside the raw subqueries the table is unaliased, so its columns (and the
 * visibility rules' "cases"."id" / "appeals"."id" / "letters"."id" / "events"."id") bind to the
 * subquery's own rows.
 */
function closest(table: PgTable & { id: AnyColumn }, match: TextMatch, visible: SQL[]) {
  return sql`${table.id} IN (${match.candidates("exact", CANDIDATES, visible)} UNION ${match.candidates("close", CANDIDATES, visible)})`;
}

function eventDate(startsAt: Date | null, timeZone: string, locale: string): string | null {
  if (!startsAt) return null;
  try {
    return dateFormat(locale, { dateStyle: "medium", timeZone }).format(startsAt);
  } catch {
    return dateFormat(locale, { dateStyle: "medium" }).format(startsAt);
  }
}

type Searcher = (user: Acting, match: TextMatch, n: number, locale: string) => Promise<Array<Omit<SearchHit, "href">>>;

const searchers: Record<SearchKind, Searcher> = {
  contact: async (_user, match, n) => {
    const rows = await db
      .select({ id: contacts.id, name: contacts.fullName, nameNative: contacts.nameNative, title: contacts.title, org: organizations.name })
      .from(contacts)
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      // Merged records live on only as pointers to the record they were merged into.
      .where(closest(contacts, match, [isNull(contacts.mergedIntoId)]))
      .orderBy(match.rank, asc(contacts.fullName), asc(contacts.id))
      .limit(n);
    return rows.map((r) => ({ id: r.id, title: r.name, detail: detailOf(r.name, r.nameNative, r.title, r.org) }));
  },
  organization: async (_user, match, n) => {
    const rows = await db
      .select({ id: organizations.id, name: organizations.name, nameNative: organizations.nameNative, acronym: organizations.acronym, country: organizations.country })
      .from(organizations)
      .where(closest(organizations, match, []))
      .orderBy(match.rank, asc(organizations.name), asc(organizations.id))
      .limit(n);
    return rows.map((r) => ({ id: r.id, title: r.name, detail: detailOf(r.name, r.acronym, r.nameNative, r.country && countryName(r.country)) }));
  },
  case: async (user, match, n) => {
    const rows = await db
      .select({ id: cases.id, name: cases.primaryName, nameNative: cases.nameNative, status: cases.status, country: cases.country, restricted: cases.restricted })
      .from(cases)
      .where(closest(cases, match, [caseVisibleTo(user)]))
      .orderBy(match.rank, asc(cases.primaryName), asc(cases.id))
      .limit(n);
    return rows.map((r) => ({
      id: r.id,
      title: r.name,
      detail: detailOf(r.name, r.nameNative, caseStatusLabels[r.status], r.country && countryName(r.country), r.restricted ? "Restricted" : null),
    }));
  },
  appeal: async (user, match, n) => {
    const rows = await db
      .select({ id: appeals.id, title: appeals.title, type: appeals.type, status: appeals.status })
      .from(appeals)
      .where(closest(appeals, match, [appealVisibleTo(user)]))
      .orderBy(match.rank, asc(appeals.title), asc(appeals.id))
      .limit(n);
    return rows.map((r) => ({ id: r.id, title: r.title, detail: detailOf(r.title, appealTypeLabels[r.type], appealStatusLabels[r.status]) }));
  },
  letter: async (user, match, n) => {
    const rows = await db
      .select({ id: letters.id, title: letters.title, kind: letters.kind, status: letters.status, addressee: letters.addressee })
      .from(letters)
      .where(closest(letters, match, [letterVisibleTo(user)]))
      .orderBy(match.rank, asc(letters.title), asc(letters.id))
      .limit(n);
    return rows.map((r) => ({ id: r.id, title: r.title, detail: detailOf(r.title, letterKindLabels[r.kind], letterStatusLabels[r.status], r.addressee) }));
  },
  event: async (user, match, n, locale) => {
    const rows = await db
      .select({ id: events.id, title: events.title, kind: events.kind, status: events.status, startsAt: events.startsAt, timeZone: events.timeZone, city: events.city })
      .from(events)
      .where(closest(events, match, [eventVisibleTo(user)]))
      .orderBy(match.rank, asc(events.title), asc(events.id))
      .limit(n);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      detail: detailOf(r.title, eventKindLabels[r.kind], eventDate(r.startsAt, r.timeZone, locale), r.city, eventStatusLabels[r.status]),
    }));
  },
  campaign: async (_user, match, n) => {
    const rows = await db
      .select({ id: campaigns.id, name: campaigns.name, status: campaigns.status })
      .from(campaigns)
      .where(closest(campaigns, match, []))
      .orderBy(match.rank, asc(campaigns.name), asc(campaigns.id))
      .limit(n);
    return rows.map((r) => ({ id: r.id, title: r.name, detail: campaignStatusLabels[r.status] }));
  },
};

const searchColumns: Record<SearchKind, AnyColumn> = {
  contact: contacts.searchText,
  organization: organizations.searchText,
  case: cases.searchText,
  appeal: appeals.searchText,
  letter: letters.searchText,
  event: events.searchText,
  campaign: campaigns.searchText,
};

/**
 * Contacts, organizations, cases, appeals, letters, events and campaigns matching what the user
 * typed, with the lists' accent-, script- and typo-tolerant matching: up to `perKind` of each type,
 * closest first, in a fixed order of types (only types with matches). Restricted cases and the
 * appeals, letters and events about them are searched only for those who may see them; merged
 * contacts never are.
 * The seven searches run in parallel, each served by its table's word index.
 */
export const searchEverywhere = dataAccess(async function searchEverywhere(
  user: Acting | null | undefined,
  query: string,
  options: { perKind?: number; kinds?: readonly SearchKind[]; locale?: string } = {},
): Promise<SearchResults> {
  authorize(user, "read");
  const q = query.trim().slice(0, 200);
  // One typed letter ("Ж" is "zh" once transliterated) matches nearly everything and says nothing yet.
  if ([...q].length < 2 || normalizeForSearch(q).length < 2) return { q, groups: [] };
  const perKind = options.perKind ?? PALETTE_PER_KIND;
  const locale = options.locale ?? "en-GB";
  const kinds = options.kinds ?? searchKinds;
  const found = await Promise.all(
    kinds.map(async (kind) => {
      const match = textMatch(searchColumns[kind], q);
      const rows = match ? await searchers[kind](user, match, perKind + 1, locale) : [];
      return {
        kind,
        label: searchKindLabels[kind],
        hits: rows.slice(0, perKind).map((r) => ({ ...r, href: `/${kind}s/${r.id}` })),
        more: rows.length > perKind,
        listHref: listHref(kind, q),
      };
    }),
  );
  return { q, groups: found.filter((g) => g.hits.length > 0) };
});
