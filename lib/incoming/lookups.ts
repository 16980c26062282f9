import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { cases, contacts, organizations } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { countryName } from "@/lib/contacts/countries";
import { textMatch } from "@/lib/search/match";
import { INCOMING_CAPABILITY } from "./queries";
import { titleWithOrganization } from "@/lib/contacts/title-line";

export type LookupOption = { id: string; label: string; detail: string | null };

const LOOKUP_LIMIT = 15;

/** Contacts whose name (any script, small typos) matches: the sender picker of the log form. */
export const findSenders = dataAccess(async function findSenders(user: Acting, q: string): Promise<LookupOption[]> {
  authorize(user, INCOMING_CAPABILITY);
  const match = textMatch(contacts.searchText, q);
  if (!match) return [];
  const rows = await db
    .select({ id: contacts.id, label: contacts.fullName, title: contacts.title, organization: organizations.name })
    .from(contacts)
    .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
    .where(and(match.where, isNull(contacts.mergedIntoId)))
    .orderBy(match.rank, asc(contacts.fullName), asc(contacts.id))
    .limit(LOOKUP_LIMIT);
  return rows.map((r) => ({ id: r.id, label: r.label, detail: titleWithOrganization(r.title, r.organization) || null }));
});

/** Cases the user may see whose names match: restricted cases they may not see never come back. */
export const findCases = dataAccess(async function findCases(user: Acting, q: string): Promise<LookupOption[]> {
  authorize(user, INCOMING_CAPABILITY);
  const match = textMatch(cases.searchText, q);
  if (!match) return [];
  const rows = await db
    .select({ id: cases.id, label: cases.primaryName, country: cases.country })
    .from(cases)
    .where(sql`${match.where} AND ${caseVisibleTo(user)}`)
    .orderBy(match.rank, asc(cases.primaryName), asc(cases.id))
    .limit(LOOKUP_LIMIT);
  return rows.map((r) => ({ id: r.id, label: r.label, detail: r.country ? countryName(r.country) : null }));
});
