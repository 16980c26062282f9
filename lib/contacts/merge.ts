import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { contactEmails, contactPhones, contacts, organizations } from "@/db/schema";
import { bump } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError, StaleError, ValidationError } from "@/lib/errors";
import { KEEP_BOTH, type MergeFieldKey, type MergeValues } from "./merge-schema";
import { samePhoneSql } from "./phones";
import { searchText } from "@/lib/search/search-text";

type Contact = typeof contacts.$inferSelect;

/** The audit keeps what a person recognizes; the search column is derived and never audited. */
function audited(row: Contact): Omit<Contact, "searchText"> {
  const { searchText: derived, ...rest } = row;
  void derived;
  return rest;
}

async function channelsOf(tx: Tx, contactId: string) {
  const [emails, phones] = await Promise.all([
    tx.select({ value: contactEmails.email, primary: contactEmails.isPrimary }).from(contactEmails).where(eq(contactEmails.contactId, contactId)).orderBy(asc(contactEmails.createdAt), asc(contactEmails.id)),
    tx.select({ value: contactPhones.phone, primary: contactPhones.isPrimary }).from(contactPhones).where(eq(contactPhones.contactId, contactId)).orderBy(asc(contactPhones.createdAt), asc(contactPhones.id)),
  ]);
  return { emails, phones };
}

/** The survivor's columns: each field from the contact chosen for it; lists of labels united. */
function mergedColumns(survivor: Contact, absorbed: Contact, choices: MergeValues["choices"]) {
  const from = (key: MergeFieldKey) => (choices[key] === absorbed.id ? absorbed : survivor);
  const names = from("names");
  const body = from("parliamentaryBody");
  // Do-not-contact is a safeguard: unless the user picked a side, a "yes" on either record wins.
  const dnc = choices.doNotContact ? from("doNotContact") : absorbed.doNotContact && !survivor.doNotContact ? absorbed : survivor;
  const notes =
    choices.notes && choices.notes !== KEEP_BOTH
      ? from("notes").notes
      : [...new Set([survivor.notes.trim(), absorbed.notes.trim()].filter(Boolean))].join("\n\n");
  return {
    kind: from("kind").kind,
    honorific: from("honorific").honorific,
    firstName: names.firstName,
    lastName: names.lastName,
    fullName: names.fullName,
    nameNative: from("nameNative").nameNative,
    title: from("title").title,
    organizationId: from("organization").organizationId,
    department: from("department").department,
    institutionType: from("institutionType").institutionType,
    country: from("country").country,
    postalAddress: from("postalAddress").postalAddress,
    webFormUrl: from("webFormUrl").webFormUrl,
    salutation: from("salutation").salutation,
    language: from("language").language,
    // The roster id belongs to the body it was issued by, so it follows the body chosen.
    parliamentaryBody: body.parliamentaryBody,
    externalId: body.externalId,
    delegation: from("delegation").delegation,
    politicalGroup: from("politicalGroup").politicalGroup,
    committees: [...new Set([...survivor.committees, ...absorbed.committees])],
    tags: [...new Set([...survivor.tags, ...absorbed.tags])],
    notes,
    doNotContact: dnc.doNotContact,
    doNotContactReason: dnc.doNotContact ? dnc.doNotContactReason : null,
  };
}

/**
 * Moves everything that references the absorbed contact to the survivor. Where the survivor already
 * has the same thing (a unique constraint would be violated), the rule is: keep ONE row, the one
 * that records more of what happened, and carry over what the other adds, so nothing essential is
 * lost:
 * - e-mails (case-insensitive) and phones (samePhone: same E.164, else same digits or last 9) already on the survivor: the absorbed copy
 *   is dropped; the survivor's primary stays primary (the absorbed one's only if it had none);
 * - list memberships and event roles: the survivor's row is kept (a role's note filled in if empty);
 * - appeal recipients of the same appeal: the survivor's row is kept and the absorbed row's
 *   dispatches and replies are re-attached to it, so the timeline keeps every step;
 * - letter signatories of the same letter: the survivor's row takes the more advanced status
 *   (signed > agreed > declined > no reply > followed up > asked > to ask), the earliest ask and
 *   follow-up dates, the winning row's response and signature dates, and both notes;
 * - invitations to the same event: the row that says more wins (attended > no-show > answered,
 *   the later answer first > pending); the other is deleted, and with it its RSVP link.
 * Activities, incoming-appeal senders, event moderators and earlier merges simply follow.
 */
async function moveReferences(tx: Tx, from: string, to: string) {
  const run = (query: ReturnType<typeof sql>) => tx.execute(query);
  await run(sql`DELETE FROM contact_emails e WHERE e.contact_id = ${from}
    AND EXISTS (SELECT 1 FROM contact_emails s WHERE s.contact_id = ${to} AND lower(s.email) = lower(e.email))`);
  // One UPDATE sees the survivor's e-mails as they were before it: the absorbed primary stays
  // primary only when the survivor had none.
  await run(sql`UPDATE contact_emails SET contact_id = ${to},
    is_primary = is_primary AND NOT EXISTS (SELECT 1 FROM contact_emails s WHERE s.contact_id = ${to} AND s.is_primary)
    WHERE contact_id = ${from}`);
  await run(sql`DELETE FROM contact_phones p WHERE p.contact_id = ${from}
    AND EXISTS (SELECT 1 FROM contact_phones s WHERE s.contact_id = ${to}
                AND ${samePhoneSql("s", "p")})`);
  await run(sql`UPDATE contact_phones SET contact_id = ${to},
    is_primary = is_primary AND NOT EXISTS (SELECT 1 FROM contact_phones s WHERE s.contact_id = ${to} AND s.is_primary)
    WHERE contact_id = ${from}`);
  // The absorbed primary may have been dropped as a copy of a survivor's non-primary address.
  for (const name of ["contact_emails", "contact_phones"]) {
    const table = sql.identifier(name);
    await run(sql`UPDATE ${table} SET is_primary = true WHERE id = (SELECT id FROM ${table} WHERE contact_id = ${to} ORDER BY created_at, id LIMIT 1)
      AND NOT EXISTS (SELECT 1 FROM ${table} WHERE contact_id = ${to} AND is_primary)`);
  }

  await run(sql`INSERT INTO contact_list_members (list_id, contact_id, added_at, added_by_id)
    SELECT list_id, ${to}, added_at, added_by_id FROM contact_list_members WHERE contact_id = ${from} ON CONFLICT DO NOTHING`);
  await run(sql`DELETE FROM contact_list_members WHERE contact_id = ${from}`);
  await run(sql`UPDATE activities SET contact_id = ${to} WHERE contact_id = ${from}`);

  await run(sql`WITH pairs AS (SELECT ra.id AS old_id, rs.id AS new_id FROM appeal_recipients ra
      JOIN appeal_recipients rs ON rs.appeal_id = ra.appeal_id AND rs.contact_id = ${to} WHERE ra.contact_id = ${from})
    UPDATE appeal_dispatches d SET recipient_id = pairs.new_id FROM pairs WHERE d.recipient_id = pairs.old_id`);
  await run(sql`WITH pairs AS (SELECT ra.id AS old_id, rs.id AS new_id FROM appeal_recipients ra
      JOIN appeal_recipients rs ON rs.appeal_id = ra.appeal_id AND rs.contact_id = ${to} WHERE ra.contact_id = ${from})
    UPDATE appeal_replies r SET recipient_id = pairs.new_id FROM pairs WHERE r.recipient_id = pairs.old_id`);
  await run(sql`DELETE FROM appeal_recipients ra WHERE ra.contact_id = ${from}
    AND EXISTS (SELECT 1 FROM appeal_recipients rs WHERE rs.appeal_id = ra.appeal_id AND rs.contact_id = ${to})`);
  await run(sql`UPDATE appeal_recipients SET contact_id = ${to} WHERE contact_id = ${from}`);

  const rank = (alias: string) =>
    sql.raw(`array_position(ARRAY['to_ask','asked','followed_up','no_reply','declined','agreed','signed']::signatory_status[], ${alias}.status)`);
  await run(sql`UPDATE letter_signatories s SET
      status = CASE WHEN ${rank("a")} > ${rank("s")} THEN a.status ELSE s.status END,
      asked_on = LEAST(s.asked_on, a.asked_on), followed_up_on = LEAST(s.followed_up_on, a.followed_up_on),
      responded_on = CASE WHEN ${rank("a")} > ${rank("s")} THEN COALESCE(a.responded_on, s.responded_on) ELSE COALESCE(s.responded_on, a.responded_on) END,
      signed_on = CASE WHEN ${rank("a")} > ${rank("s")} THEN COALESCE(a.signed_on, s.signed_on) ELSE COALESCE(s.signed_on, a.signed_on) END,
      country_snapshot = COALESCE(s.country_snapshot, a.country_snapshot),
      political_group_snapshot = COALESCE(s.political_group_snapshot, a.political_group_snapshot),
      note = CASE WHEN NULLIF(a.note, '') IS NULL OR a.note = s.note THEN s.note ELSE concat_ws(chr(10), NULLIF(s.note, ''), a.note) END,
      updated_at = now(), version = s.version + 1
    FROM letter_signatories a WHERE a.letter_id = s.letter_id AND a.contact_id = ${from} AND s.contact_id = ${to}`);
  await run(sql`DELETE FROM letter_signatories a WHERE a.contact_id = ${from}
    AND EXISTS (SELECT 1 FROM letter_signatories s WHERE s.letter_id = a.letter_id AND s.contact_id = ${to})`);
  await run(sql`UPDATE letter_signatories SET contact_id = ${to}, updated_at = now(), version = version + 1 WHERE contact_id = ${from}`);

  await run(sql`INSERT INTO event_participants (event_id, contact_id, role, note)
    SELECT event_id, ${to}, role, note FROM event_participants WHERE contact_id = ${from}
    ON CONFLICT (event_id, contact_id, role) DO UPDATE SET note = COALESCE(event_participants.note, EXCLUDED.note)`);
  await run(sql`DELETE FROM event_participants WHERE contact_id = ${from}`);
  await run(sql`UPDATE events SET moderator_contact_id = ${to} WHERE moderator_contact_id = ${from}`);

  const says = (alias: string) =>
    sql.raw(`ROW(${alias}.attendance = 'attended', ${alias}.attendance = 'no_show', ${alias}.answer <> 'pending', COALESCE(${alias}.answered_at, '-infinity'))`);
  await run(sql`DELETE FROM invitations s USING invitations a
    WHERE s.contact_id = ${to} AND a.contact_id = ${from} AND a.event_id = s.event_id AND ${says("a")} > ${says("s")}`);
  await run(sql`DELETE FROM invitations a WHERE a.contact_id = ${from}
    AND EXISTS (SELECT 1 FROM invitations s WHERE s.event_id = a.event_id AND s.contact_id = ${to})`);
  await run(sql`UPDATE invitations SET contact_id = ${to}, updated_at = now(), version = version + 1 WHERE contact_id = ${from}`);

  await run(sql`UPDATE incoming_appeals SET sender_contact_id = ${to} WHERE sender_contact_id = ${from}`);
  await run(sql`UPDATE contacts SET merged_into_id = ${to} WHERE merged_into_id = ${from}`);
}

/**
 * Merges `absorbed` into `survivor` in one transaction: the survivor takes the chosen field values
 * and everything that hangs on the absorbed record (see merge-references.ts); the absorbed record
 * stays as a pointer (mergedIntoId), hidden from lists and search, so its old URL can say where it went.
 */
export const mergeContacts = dataAccess(async function mergeContacts(user: Acting, input: MergeValues): Promise<{ id: string; version: number }> {
  authorize(user, "delete");
  if (input.survivorId === input.absorbedId) throw new ValidationError("A contact cannot be merged with itself.");
  return db.transaction(async (tx) => {
    // Both rows locked in id order, so two merges of overlapping pairs cannot deadlock.
    const locked = await tx.select().from(contacts).where(inArray(contacts.id, [input.survivorId, input.absorbedId])).orderBy(asc(contacts.id)).for("update");
    const survivor = locked.find((c) => c.id === input.survivorId);
    const absorbed = locked.find((c) => c.id === input.absorbedId);
    if (!survivor || !absorbed || survivor.mergedIntoId || absorbed.mergedIntoId) throw new NotFoundError();
    if (survivor.version !== input.survivorVersion || absorbed.version !== input.absorbedVersion) throw new StaleError();

    const before = {
      survivor: { ...audited(survivor), ...(await channelsOf(tx, survivor.id)) },
      absorbed: { ...audited(absorbed), ...(await channelsOf(tx, absorbed.id)) },
    };
    const columns = mergedColumns(survivor, absorbed, input.choices);

    // The absorbed row gives up its roster id first when the survivor takes it (unique per body).
    await tx
      .update(contacts)
      .set({
        mergedIntoId: survivor.id,
        externalId: columns.externalId === absorbed.externalId && absorbed.externalId ? null : absorbed.externalId,
        ...bump(contacts),
      })
      .where(eq(contacts.id, absorbed.id));
    await moveReferences(tx, absorbed.id, survivor.id);

    const channels = await channelsOf(tx, survivor.id);
    const [organization] = columns.organizationId
      ? await tx.select({ name: organizations.name, acronym: organizations.acronym }).from(organizations).where(eq(organizations.id, columns.organizationId))
      : [];
    const text = searchText.contact(columns, organization ?? null, channels.emails.map((e) => e.value));
    const [after] = await tx
      .update(contacts)
      .set({ ...columns, searchText: text, ...bump(contacts) })
      .where(eq(contacts.id, survivor.id))
      .returning();

    await writeAudit(tx, user, {
      action: "merge",
      entity: "contact",
      entityId: survivor.id,
      summary: `${absorbed.fullName} merged into ${after.fullName}`,
      before,
      after: { survivor: { ...audited(after), ...channels }, absorbed: { id: absorbed.id, mergedIntoId: survivor.id } },
    });
    return { id: after.id, version: after.version };
  });
});
