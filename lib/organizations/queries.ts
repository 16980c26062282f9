import "server-only";
import { and, asc, count, desc, eq, getTableColumns, isNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { contactEmails, contacts, organizations } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import type { OrganizationListParams } from "./schema";

export const ORGANIZATION_PAGE_SIZE = 25;

export const listOrganizations = dataAccess(async function listOrganizations(user: Acting, params: OrganizationListParams) {
  authorize(user, "read");
  const filters: SQL[] = [];
  if (params.kind !== "all") filters.push(eq(organizations.kind, params.kind));
  if (params.country) filters.push(eq(organizations.country, params.country));
  const match = textMatch(organizations.searchText, params.q);
  if (match) filters.push(match.where);
  const where = filters.length ? and(...filters) : undefined;
  const order = {
    name: [asc(organizations.name)],
    updated: [desc(organizations.updatedAt)],
    country: [sql`${organizations.country} ASC NULLS LAST`, asc(organizations.name)],
  }[params.sort];
  const people = sql<number>`(SELECT count(*) FROM contacts c WHERE c.organization_id = "organizations"."id" AND c.merged_into_id IS NULL)`.mapWith(Number);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: organizations.id, name: organizations.name, nameNative: organizations.nameNative, acronym: organizations.acronym, kind: organizations.kind, country: organizations.country, people })
      .from(organizations)
      .where(where)
      .orderBy(...(match ? [match.rank] : []), ...order, asc(organizations.id))
      .limit(ORGANIZATION_PAGE_SIZE)
      .offset((params.page - 1) * ORGANIZATION_PAGE_SIZE),
    db.select({ total: count() }).from(organizations).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: ORGANIZATION_PAGE_SIZE };
});

// Every column but the internal search text.
const detailColumns = Object.fromEntries(Object.entries(getTableColumns(organizations)).filter(([key]) => key !== "searchText")) as Omit<
  ReturnType<typeof getTableColumns<typeof organizations>>,
  "searchText"
>;

export const getOrganization = dataAccess(async function getOrganization(user: Acting, id: string) {
  authorize(user, "read");
  const [row] = await db.select(detailColumns).from(organizations).where(eq(organizations.id, id));
  if (!row) throw new NotFoundError();
  return row;
});

/** The organization's people (contacts pointing at it), one page at a time. */
export const listOrganizationPeople = dataAccess(async function listOrganizationPeople(user: Acting, organizationId: string, page: number) {
  authorize(user, "read");
  const where = and(eq(contacts.organizationId, organizationId), isNull(contacts.mergedIntoId));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: contacts.id, fullName: contacts.fullName, title: contacts.title, department: contacts.department, doNotContact: contacts.doNotContact, primaryEmail: contactEmails.email })
      .from(contacts)
      .leftJoin(contactEmails, and(eq(contactEmails.contactId, contacts.id), eq(contactEmails.isPrimary, true)))
      .where(where)
      .orderBy(asc(contacts.fullName), asc(contacts.id))
      .limit(ORGANIZATION_PAGE_SIZE)
      .offset((page - 1) * ORGANIZATION_PAGE_SIZE),
    db.select({ total: count() }).from(contacts).where(where),
  ]);
  return { rows, total, page, pageSize: ORGANIZATION_PAGE_SIZE };
});

/** Organizations for the contact form's select, ordered by name. */
export const organizationOptions = dataAccess(async function organizationOptions(user: Acting) {
  authorize(user, "read");
  return db.select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym }).from(organizations).orderBy(asc(organizations.name)).limit(5000);
});
