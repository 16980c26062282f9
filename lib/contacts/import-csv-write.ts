import "server-only";
// The writing half of the CSV import, inside its one transaction, from the rows staged by
// ./import-csv-stage.ts: each row matched to an existing contact by e-mail (./write.ts's rule: the
// row's first address that a live contact holds, the oldest such contact), the organizations the
// written rows name found or created by name, new contacts with their e-mails and phones inserted
// in one statement each, existing ones updated (set-based, ./import-csv-update.ts) or skipped,
// the optional list made, one audit entry for the whole import.
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { writeAudit } from "@/lib/audit/write";
import type { Acting } from "@/lib/auth/authorize";
import type { ImportOptions } from "@/lib/import/csv/schema";
import { stagedOrganizationId, stageTable } from "./import-csv-stage";
import { updateMatchedContacts } from "./import-csv-update";
import { createListOf } from "./write";

export const importSource = "import:csv";

export type ImportResult = { created: number; updated: number; skipped: number; organizationsCreated: number; listId: string | null; listName: string | null };

type Input = { fileName: string; options: ImportOptions; onProgress: (fraction: number) => void };

const stage = sql.raw(stageTable);
const organizationId = stagedOrganizationId;

/**
 * Sets each staged row's match_id: ./write.ts's contactsByEmail + matchByEmail in one statement
 * (addresses compared lower-cased, as JavaScript lower-cased them when staging).
 */
export async function matchStagedByEmail(tx: Tx): Promise<void> {
  await tx.execute(sql`
    UPDATE ${stage} s SET match_id = m.id
    FROM (
      SELECT DISTINCT ON (r.line) r.line, c.id
      FROM ${stage} r
      CROSS JOIN LATERAL unnest(r.emails_lower) WITH ORDINALITY AS e(email, k)
      JOIN contact_emails ce ON lower(ce.email) = e.email
      JOIN contacts c ON c.id = ce.contact_id AND c.merged_into_id IS NULL
      ORDER BY r.line, e.k, c.created_at, c.id
    ) m
    WHERE s.line = m.line`);
}

/** How many staged rows an existing contact holds an e-mail of (the dry run's "existing"). */
export async function countStagedExisting(tx: Tx): Promise<number> {
  // A join rather than EXISTS per row: the planner picks index lookups or one hash join by the sizes.
  const result = await tx.execute(sql`
    SELECT count(DISTINCT r.line)::int AS n
    FROM ${stage} r
    CROSS JOIN LATERAL unnest(r.emails_lower) AS e(email)
    JOIN contact_emails ce ON lower(ce.email) = e.email
    JOIN contacts c ON c.id = ce.contact_id AND c.merged_into_id IS NULL`);
  return Number(rowsOf<{ n: number }>(result)[0].n);
}

const count = (result: unknown) => Number((result as { rowCount?: number | null; affectedRows?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0);

export async function writeCsvImport(tx: Tx, user: Acting, { fileName, options, onProgress }: Input): Promise<ImportResult> {
  const update = options.existing === "update";
  await matchStagedByEmail(tx);

  // Organizations of the rows that are written (created or updated), one per name key, named as
  // the name's first row writes it; a name already known (org_id) is not made again.
  await tx.execute(sql`
    CREATE TEMPORARY TABLE csv_import_orgs ON COMMIT DROP AS
    SELECT DISTINCT ON (org_key) gen_random_uuid() AS id, org_key, organization AS name, org_search
    FROM ${stage}
    WHERE organization IS NOT NULL AND org_id IS NULL AND (match_id IS NULL OR ${sql.raw(update ? "true" : "false")})
    ORDER BY org_key, line`);
  const organizationsCreated = count(
    await tx.execute(sql`
      INSERT INTO organizations (id, name, kind, source, search_text)
      SELECT id, name, 'other', ${importSource}, org_search FROM csv_import_orgs ORDER BY name`),
  );
  onProgress(0.7);

  const created = count(
    await tx.execute(sql`
      INSERT INTO contacts (id, full_name, first_name, last_name, honorific, title, department, organization_id, country, postal_address,
        web_form_url, salutation, language, parliamentary_body, delegation, political_group, committees, tags, notes, source, source_ref,
        search_text, created_by_id)
      SELECT s.id, full_name, first_name, last_name, honorific, title, department, ${organizationId}, country, postal_address,
        web_form_url, salutation, language, parliamentary_body::parliamentary_body, delegation, political_group, committees, tags, notes,
        ${importSource}, ${fileName}, search_text, ${user.id}::uuid
      FROM ${stage} s LEFT JOIN csv_import_orgs o ON s.org_id IS NULL AND o.org_key = s.org_key
      WHERE s.match_id IS NULL ORDER BY s.line`),
  );
  onProgress(0.8);
  // The first e-mail and phone of a row are its primary ones.
  await tx.execute(sql`
    INSERT INTO contact_emails (contact_id, email, is_primary)
    SELECT r.id, e.email, e.k = 1
    FROM ${stage} r CROSS JOIN LATERAL unnest(r.emails) WITH ORDINALITY AS e(email, k)
    WHERE r.match_id IS NULL ORDER BY r.line, e.k`);
  await tx.execute(sql`
    INSERT INTO contact_phones (contact_id, phone, phone_e164, is_primary)
    SELECT r.id, p.phone, p.e164, p.k = 1
    FROM ${stage} r CROSS JOIN LATERAL unnest(r.phones, r.phones_e164) WITH ORDINALITY AS p(phone, e164, k)
    WHERE r.match_id IS NULL ORDER BY r.line, p.k`);
  onProgress(0.9);

  const updated = update ? await updateMatchedContacts(tx, (f) => onProgress(0.9 + 0.1 * f)) : 0;
  const [{ total }] = rowsOf<{ total: number }>(await tx.execute(sql`SELECT count(*)::int AS total FROM ${stage}`));

  // Skipped rows' contacts still belong in the list: it is the list of the people in the file.
  const list = options.listName
    ? await createListOf(tx, user, { name: options.listName, description: `Imported from ${fileName}`, source: importSource }, sql`SELECT coalesce(match_id, id) FROM ${stage}`, ", CSV import")
    : null;

  const result: ImportResult = {
    created, updated, skipped: Number(total) - created - updated, organizationsCreated,
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
