import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { appealRecipients, contacts } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { lockAppeal } from "./lock";
import { isEditable } from "./workflow";

/** More than this many at once is almost certainly the wrong list. */
export const RECIPIENT_ADD_LIMIT = 2_000;

export type RecipientAddResult = { added: number; alreadyThere: number; doNotContact: number };

/**
 * How a contact is addressed, as columns of `contacts c LEFT JOIN organizations o`: the name,
 * title, organization, postal address (the contact's, else the organization's), primary e-mail
 * (else the first) and salutation. The same expressions take the snapshot when a recipient is
 * added and refresh it on submission, so both always agree.
 */
const snapshot = {
  name: sql`c.full_name`,
  title: sql`c.title`,
  organization: sql`o.name`,
  postalAddress: sql`coalesce(c.postal_address, o.postal_address)`,
  email: sql`(SELECT e.email FROM contact_emails e WHERE e.contact_id = c.id ORDER BY e.is_primary DESC, e.created_at, e.email LIMIT 1)`,
  salutation: sql`c.salutation`,
};

/** Locks a draft appeal: recipients change only before submission. Does not bump its version. */
async function lockDraft(tx: Tx, user: Acting, appealId: string) {
  const appeal = await lockAppeal(tx, user, appealId);
  if (!isEditable(appeal.status)) throw new ValidationError("Recipients can be changed only while the appeal is a draft.");
  return appeal;
}

/**
 * Adds every contact matching `where` with one INSERT … SELECT, snapshot included. Contacts
 * already on the appeal are skipped (unique per contact), those marked do-not-contact are left out;
 * both are counted for the notice.
 */
async function addMatching(user: Acting, appealId: string, where: SQL, summary: string): Promise<RecipientAddResult> {
  return db.transaction(async (tx) => {
    const appeal = await lockDraft(tx, user, appealId);
    const matching = and(where, isNull(contacts.mergedIntoId))!;
    const [{ found, doNotContact }] = await tx
      .select({ found: sql<number>`count(*)::int`, doNotContact: sql<number>`(count(*) FILTER (WHERE ${contacts.doNotContact}))::int` })
      .from(contacts)
      .where(matching);
    if (found - doNotContact > RECIPIENT_ADD_LIMIT) {
      throw new ValidationError(`${found.toLocaleString("en")} contacts match, more than the ${RECIPIENT_ADD_LIMIT.toLocaleString("en")} that can be added at once.`);
    }
    const inserted = await tx.execute(sql`
      WITH added AS (
        INSERT INTO appeal_recipients (appeal_id, contact_id, name, title, organization, postal_address, email, salutation)
        SELECT ${appealId}::uuid, c.id, ${snapshot.name}, ${snapshot.title}, ${snapshot.organization}, ${snapshot.postalAddress}, ${snapshot.email}, ${snapshot.salutation}
        FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id
        WHERE c.id IN (SELECT ${contacts.id} FROM ${contacts} WHERE ${matching}) AND NOT c.do_not_contact
        ON CONFLICT (appeal_id, contact_id) DO NOTHING
        RETURNING 1
      )
      SELECT count(*)::int AS added FROM added`);
    const added = Number(rowsOf<{ added: number }>(inserted)[0]?.added ?? 0);
    const result = { added, alreadyThere: found - doNotContact - added, doNotContact };
    await writeAudit(tx, user, {
      action: "recipients_add",
      entity: "appeal",
      entityId: appealId,
      summary: `${appeal.title}: ${summary}; ${added} added, ${result.alreadyThere} already there, ${doNotContact} do not contact`,
      before: null,
      after: result,
    });
    return result;
  });
}

export const addRecipientsFromContacts = dataAccess(async function addRecipientsFromContacts(user: Acting, input: { appealId: string; contactIds: string[] }): Promise<RecipientAddResult> {
  authorize(user, "appeal.write");
  const ids = [...new Set(input.contactIds)];
  return addMatching(user, input.appealId, inArray(contacts.id, ids), `${ids.length} contact${ids.length === 1 ? "" : "s"} chosen`);
});

/** All members of a list at once. */
export const addRecipientsFromList = dataAccess(async function addRecipientsFromList(user: Acting, input: { appealId: string; listId: string }): Promise<RecipientAddResult> {
  authorize(user, "appeal.write");
  const [list] = rowsOf<{ name: string }>(await db.execute(sql`SELECT name FROM contact_lists WHERE id = ${input.listId}`));
  if (!list) throw new NotFoundError("This list no longer exists.");
  const where = sql`EXISTS (SELECT 1 FROM contact_list_members m WHERE m.list_id = ${input.listId} AND m.contact_id = ${contacts.id})`;
  return addMatching(user, input.appealId, where, `from list “${list.name}”`);
});

export const removeRecipient = dataAccess(async function removeRecipient(user: Acting, input: { appealId: string; recipientId: string }) {
  authorize(user, "appeal.write");
  return db.transaction(async (tx) => {
    const appeal = await lockDraft(tx, user, input.appealId);
    const [row] = await tx
      .delete(appealRecipients)
      .where(and(eq(appealRecipients.id, input.recipientId), eq(appealRecipients.appealId, input.appealId)))
      .returning();
    if (!row) throw new NotFoundError();
    await writeAudit(tx, user, { action: "recipients_remove", entity: "appeal", entityId: input.appealId, summary: `${appeal.title}: ${row.name}`, before: row, after: null });
    return { id: row.id };
  });
});

/**
 * Re-reads every recipient's name, title, organization, address, e-mail and salutation from
 * their contact, so the reviewer sees exactly what will be sent. Called on submission; from
 * approval on the snapshot is frozen. Recipients whose contact was deleted keep their snapshot.
 */
export async function refreshSnapshots(tx: Tx, appealId: string): Promise<number> {
  const result = await tx.execute(sql`
    WITH fresh AS (
      SELECT c.id AS contact_id, ${snapshot.name} AS name, ${snapshot.title} AS title, ${snapshot.organization} AS organization,
        ${snapshot.postalAddress} AS postal_address, ${snapshot.email} AS email, ${snapshot.salutation} AS salutation
      FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id
      WHERE c.id IN (SELECT contact_id FROM appeal_recipients WHERE appeal_id = ${appealId})
    ),
    changed AS (
      UPDATE appeal_recipients r SET name = f.name, title = f.title, organization = f.organization,
        postal_address = f.postal_address, email = f.email, salutation = f.salutation
      FROM fresh f
      WHERE r.appeal_id = ${appealId} AND r.contact_id = f.contact_id
        AND (r.name, r.title, r.organization, r.postal_address, r.email, r.salutation)
          IS DISTINCT FROM (f.name, f.title, f.organization, f.postal_address, f.email, f.salutation)
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM changed`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}
