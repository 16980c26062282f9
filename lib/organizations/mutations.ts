import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contacts, organizations } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import type { OrganizationFormValues } from "./schema";
import { searchText } from "@/lib/search/search-text";

export const createOrganization = dataAccess(async function createOrganization(user: Acting, values: OrganizationFormValues): Promise<{ id: string }> {
  authorize(user, "contact.write");
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(organizations).values({ ...values, searchText: searchText.organization(values) }).returning();
    await writeAudit(tx, user, { action: "create", entity: "organization", entityId: row.id, summary: row.name, before: null, after: row });
    return { id: row.id };
  });
});

/**
 * Its people are found by the organization's name too, so a rename rewrites their search text in
 * the same transaction, a batch at a time (an organization has hundreds of people, not millions).
 */
async function refreshPeopleSearchText(tx: Tx, org: { id: string; name: string; acronym: string | null }) {
  const BATCH = 500;
  for (let offset = 0; ; offset += BATCH) {
    const people = await tx
      .select({
        id: contacts.id,
        fullName: contacts.fullName,
        nameNative: contacts.nameNative,
        title: contacts.title,
        department: contacts.department,
        emails: sql<string[]>`coalesce((SELECT array_agg(e.email) FROM contact_emails e WHERE e.contact_id = "contacts"."id"), '{}')`,
      })
      .from(contacts)
      .where(eq(contacts.organizationId, org.id))
      .orderBy(asc(contacts.id))
      .limit(BATCH)
      .offset(offset);
    if (people.length === 0) return;
    // One statement per batch: the new texts travel as one JSON parameter.
    const rows = JSON.stringify(people.map((p) => ({ id: p.id, search_text: searchText.contact(p, org, p.emails) })));
    await tx.execute(sql`
      UPDATE contacts AS c SET search_text = v.search_text
        FROM jsonb_to_recordset(${rows}::jsonb) AS v(id uuid, search_text text)
       WHERE c.id = v.id`);
    if (people.length < BATCH) return;
  }
}

export const updateOrganization = dataAccess(async function updateOrganization(user: Acting, input: { id: string; version: number; values: OrganizationFormValues }) {
  authorize(user, "contact.write");
  return db.transaction(async (tx) => {
    const before = await lockVersioned(tx, organizations, input.id, input.version);
    const [after] = await tx
      .update(organizations)
      .set({ ...input.values, searchText: searchText.organization(input.values), ...bump(organizations) })
      .where(eq(organizations.id, input.id))
      .returning();
    if (after.name !== before.name || after.acronym !== before.acronym) await refreshPeopleSearchText(tx, after);
    await writeAudit(tx, user, { action: "update", entity: "organization", entityId: after.id, summary: after.name, before, after });
    return { id: after.id, version: after.version };
  });
});
