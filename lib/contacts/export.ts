import "server-only";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { keepActor } from "@/db/actor";
import { db } from "@/db/client";
import { contactListMembers, contactLists, contacts, organizations } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import { contactFilters } from "./queries";
import type { ContactListParams } from "./schema";

export const exportHeaders = [
  "Name", "Name (own script)", "Honorific", "Title", "Organization", "Department", "Country", "Parliamentary body",
  "Delegation", "Political group", "Committees", "Tags", "E-mails", "Phones", "Postal address", "Web form",
  "Salutation", "Language", "Do not contact", "Notes",
];

const BATCH = 1000;

export type ExportScope = { kind: "filter"; params: ContactListParams } | { kind: "list"; listId: string };

/**
 * Authorizes and records the export (who took which contacts out of the system is worth an audit
 * entry), then returns the batches to stream and a file name.
 */
export const startContactExport = dataAccess(async function startContactExport(user: Acting, scope: ExportScope) {
  authorize(user, "contact.write"); // import and export belong to the contact writers
  let where: SQL | undefined;
  let name = "contacts";
  if (scope.kind === "list") {
    const [list] = await db.select({ name: contactLists.name }).from(contactLists).where(eq(contactLists.id, scope.listId));
    if (!list) throw new NotFoundError();
    name = list.name;
    where = sql`EXISTS (SELECT 1 FROM ${contactListMembers} m WHERE m.list_id = ${scope.listId} AND m.contact_id = "contacts"."id")`;
  } else {
    const filters = contactFilters(scope.params);
    const match = textMatch(contacts.searchText, scope.params.q);
    if (match) filters.push(match.where);
    where = and(...filters);
  }
  await db.transaction((tx) =>
    writeAudit(tx, user, {
      action: "export",
      entity: scope.kind === "list" ? "contact_list" : "contact",
      entityId: scope.kind === "list" ? scope.listId : null,
      summary: scope.kind === "list" ? "Exported the list" : `Exported contacts (${JSON.stringify(scope.params)})`,
    }),
  );
  return { fileName: name, batches: keepActor(exportBatches(where)) };
});

// Keyset pagination by id: each batch is one indexed query, whatever the size of the export.
async function* exportBatches(where: SQL | undefined): AsyncGenerator<unknown[][]> {
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({
        id: contacts.id,
        fullName: contacts.fullName,
        nameNative: contacts.nameNative,
        honorific: contacts.honorific,
        title: contacts.title,
        organization: organizations.name,
        department: contacts.department,
        country: contacts.country,
        body: contacts.parliamentaryBody,
        delegation: contacts.delegation,
        group: contacts.politicalGroup,
        committees: contacts.committees,
        tags: contacts.tags,
        emails: sql<string>`(SELECT string_agg(e.email, '; ' ORDER BY e.is_primary DESC, e.email) FROM contact_emails e WHERE e.contact_id = "contacts"."id")`,
        phones: sql<string>`(SELECT string_agg(p.phone, '; ' ORDER BY p.is_primary DESC, p.phone) FROM contact_phones p WHERE p.contact_id = "contacts"."id")`,
        address: contacts.postalAddress,
        webForm: contacts.webFormUrl,
        salutation: contacts.salutation,
        language: contacts.language,
        doNotContact: contacts.doNotContact,
        notes: contacts.notes,
      })
      .from(contacts)
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      .where(and(where, after ? gt(contacts.id, after) : undefined))
      .orderBy(asc(contacts.id))
      .limit(BATCH);
    if (rows.length === 0) return;
    yield rows.map((r) => [
      r.fullName, r.nameNative, r.honorific, r.title, r.organization, r.department, r.country, r.body, r.delegation, r.group,
      r.committees, r.tags, r.emails, r.phones, r.address, r.webForm, r.salutation, r.language, r.doNotContact ? "yes" : "", r.notes,
    ]);
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].id;
  }
}
