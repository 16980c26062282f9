import "server-only";
// The writing half of the CSV import, inside its one transaction: the rows' organizations found
// by name (missing ones created), new contacts created, existing ones (matched by e-mail) updated
// or skipped, the optional list made, one audit entry for the whole import. The writes themselves
// are lib/contacts/write.ts's.
import type { Tx } from "@/db/client";
import { writeAudit } from "@/lib/audit/write";
import type { Acting } from "@/lib/auth/authorize";
import { ValidationError } from "@/lib/errors";
import type { ImportOptions } from "@/lib/import/csv/schema";
import type { ContactImportRow } from "@/lib/import/csv/validate";
import { amendContact, createListOf, insertContacts, matchByEmail, organizationsByName, writeBatch, type ContactDraft, type ContactRef, type OrgRef } from "./write";

export const importSource = "import:csv";

export type ImportResult = { created: number; updated: number; skipped: number; organizationsCreated: number; listId: string | null; listName: string | null };

type Input = { rows: ContactImportRow[]; existing: Map<string, ContactRef>; fileName: string; options: ImportOptions; onProgress: (processed: number) => void };

/** The contact columns a CSV row sets; null cells are left out of an update so it keeps what is there. */
function columnsOf(r: ContactImportRow) {
  return {
    fullName: r.fullName, firstName: r.firstName, lastName: r.lastName, honorific: r.honorific, title: r.title, department: r.department,
    country: r.country, postalAddress: r.postalAddress, webFormUrl: r.webFormUrl, salutation: r.salutation,
    language: r.language, parliamentaryBody: r.parliamentaryBody, delegation: r.delegation, politicalGroup: r.politicalGroup,
  };
}

function draftOf(r: ContactImportRow, org: OrgRef | null, fileName: string): ContactDraft {
  return { ...columnsOf(r), organization: org, committees: r.committees, tags: r.tags, notes: r.notes, source: importSource, sourceRef: fileName, emails: r.emails, phones: r.phones };
}

export async function writeCsvImport(tx: Tx, user: Acting, { rows, existing, fileName, options, onProgress }: Input): Promise<ImportResult> {
  const matched = rows.map((r) => matchByEmail(r.emails, existing)?.id);
  const toCreate = rows.filter((_, i) => !matched[i]);
  const toUpdate = options.existing === "update" ? rows.flatMap((r, i) => (matched[i] ? [[matched[i], r] as const] : [])) : [];
  const orgNames = [...toCreate, ...toUpdate.map(([, r]) => r)].flatMap((r) => (r.organization ? [r.organization] : []));
  const orgs = await organizationsByName(tx, user, orgNames, { source: importSource, audit: false });
  const orgOf = (r: ContactImportRow) => (r.organization ? (orgs.get(r.organization) ?? null) : null);

  const memberIds: string[] = [];
  let processed = 0;
  for (let i = 0; i < toCreate.length; i += writeBatch) {
    const batch = toCreate.slice(i, i + writeBatch);
    memberIds.push(...(await insertContacts(tx, user, batch.map((r) => draftOf(r, orgOf(r), fileName)), { audit: false })));
    processed += batch.length;
    onProgress(processed);
  }
  const gone = () => new ValidationError("A contact this file updates was deleted meanwhile. Nothing was imported; check the file again.");
  for (const [contactId, r] of toUpdate) {
    // The row's non-empty cells win; committees only when the row has some; tags and notes add up.
    const set = Object.fromEntries(Object.entries({ ...columnsOf(r), organizationId: orgOf(r)?.id ?? null }).filter(([, v]) => v !== null));
    await amendContact(
      tx, user, contactId,
      (before) => ({
        set: {
          ...set,
          committees: r.committees.length ? r.committees : before.committees,
          tags: [...new Set([...before.tags, ...r.tags])],
          notes: r.notes && !before.notes.includes(r.notes) ? [before.notes, r.notes].filter(Boolean).join("\n\n") : before.notes,
        },
        emails: r.emails,
        phones: r.phones,
      }),
      { notFound: gone, audit: false },
    );
    if (++processed % 100 === 0) onProgress(processed);
  }
  // Skipped rows' contacts still belong in the list: it is the list of the people in the file.
  memberIds.push(...matched.filter((id): id is string => Boolean(id)));
  const list = options.listName
    ? await createListOf(tx, user, { name: options.listName, description: `Imported from ${fileName}`, source: importSource }, memberIds, ", CSV import")
    : null;

  const organizationsCreated = new Set([...orgs.values()].filter((o) => o.created).map((o) => o.id)).size;
  const result: ImportResult = {
    created: toCreate.length, updated: toUpdate.length, skipped: rows.length - toCreate.length - toUpdate.length, organizationsCreated,
    listId: list?.id ?? null, listName: list?.name ?? null,
  };
  await writeAudit(tx, user, {
    action: "import",
    entity: "import",
    entityId: list?.id ?? null,
    summary: `CSV ${fileName}: ${result.created} created, ${result.updated} updated, ${result.skipped} skipped, ${organizationsCreated} organizations created${list ? `, list “${list.name}”` : ""}`,
    before: null,
    after: { fileName, ...result },
  });
  return result;
}
