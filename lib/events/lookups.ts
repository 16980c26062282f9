import "server-only";
import { and, asc, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contacts, organizations } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { textMatch } from "@/lib/search/match";
import { requireVisibleEvent } from "./visibility";

// The event page's pickers: people and organizations to add to an event.

/** Contacts matching a search, to add as co-host, speaker or moderator. */
export const findContactsForEvent = dataAccess(async function findContactsForEvent(user: Acting, q: string) {
  authorize(user, "read");
  const match = textMatch(contacts.searchText, q);
  if (!match) return [];
  return db
    .select({ id: contacts.id, fullName: contacts.fullName, title: contacts.title })
    .from(contacts)
    .where(and(match.where, isNull(contacts.mergedIntoId)))
    .orderBy(match.rank, asc(contacts.fullName))
    .limit(10);
});

/** Organizations matching a search that are not partners of the event yet. */
export const findOrganizationsForEvent = dataAccess(async function findOrganizationsForEvent(user: Acting, eventId: string, q: string) {
  authorize(user, "read");
  await requireVisibleEvent(user, eventId);
  const match = textMatch(organizations.searchText, q);
  if (!match) return [];
  return db
    .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
    .from(organizations)
    .where(and(match.where, sql`NOT EXISTS (SELECT 1 FROM event_partners ep WHERE ep.event_id = ${eventId} AND ep.organization_id = "organizations"."id")`))
    .orderBy(match.rank, asc(organizations.name))
    .limit(10);
});
