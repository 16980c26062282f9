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

type Move = (tx: Tx, from: string, to: string) => Promise<unknown>;

/** One column that references contacts(id), and how a merge handles the absorbed contact's rows in it. */
export type MergeReference = {
  table: string;
  column: string;
  /**
   * - "moved": every row now points at the survivor;
   * - "combined": a row the survivor already has the like of (a unique constraint would be
   *   violated) is folded into one row by the rule in `rule`, the others are moved.
   */
  how: "moved" | "combined";
  rule: string;
  move: Move;
};

const rank = (alias: string) =>
  sql.raw(`array_position(ARRAY['to_ask','asked','followed_up','no_reply','declined','agreed','signed']::signatory_status[], ${alias}.status)`);
const says = (alias: string) =>
  sql.raw(`ROW(${alias}.attendance = 'attended', ${alias}.attendance = 'no_show', ${alias}.answer <> 'pending', COALESCE(${alias}.answered_at, '-infinity'))`);

/** The absorbed primary may have been dropped as a copy of a survivor's non-primary address. */
const keepOnePrimary = (tx: Tx, name: "contact_emails" | "contact_phones", to: string) => {
  const table = sql.identifier(name);
  return tx.execute(sql`UPDATE ${table} SET is_primary = true WHERE id = (SELECT id FROM ${table} WHERE contact_id = ${to} ORDER BY created_at, id LIMIT 1)
    AND NOT EXISTS (SELECT 1 FROM ${table} WHERE contact_id = ${to} AND is_primary)`);
};

/**
 * Every column that references contacts(id), in the order a merge moves them (appeal dispatches
 * and replies are re-attached before the recipient rows they hang on are deleted). Where the
 * survivor already has the same thing, the rule is: keep ONE row, the one that records more of
 * what happened, and carry over what the other adds, so nothing essential is lost.
 * lib/contacts/merge.test.ts reads the database catalog: a column referencing contacts(id) that
 * is missing here fails it, and so does one whose rows still point at the absorbed contact after a merge.
 */
export const mergeReferences: readonly MergeReference[] = [
  {
    table: "contact_emails",
    column: "contact_id",
    how: "combined",
    rule: "an address the survivor already has (case-insensitive) is dropped; the survivor's primary stays primary (the absorbed one's only if it had none)",
    async move(tx, from, to) {
      await tx.execute(sql`DELETE FROM contact_emails e WHERE e.contact_id = ${from}
        AND EXISTS (SELECT 1 FROM contact_emails s WHERE s.contact_id = ${to} AND lower(s.email) = lower(e.email))`);
      // One UPDATE sees the survivor's e-mails as they were before it: the absorbed primary stays
      // primary only when the survivor had none.
      await tx.execute(sql`UPDATE contact_emails SET contact_id = ${to},
        is_primary = is_primary AND NOT EXISTS (SELECT 1 FROM contact_emails s WHERE s.contact_id = ${to} AND s.is_primary)
        WHERE contact_id = ${from}`);
      await keepOnePrimary(tx, "contact_emails", to);
    },
  },
  {
    table: "contact_phones",
    column: "contact_id",
    how: "combined",
    rule: "a number the survivor already has (samePhone: same E.164, else same digits or last 9) is dropped; primaries as for e-mails",
    async move(tx, from, to) {
      await tx.execute(sql`DELETE FROM contact_phones p WHERE p.contact_id = ${from}
        AND EXISTS (SELECT 1 FROM contact_phones s WHERE s.contact_id = ${to}
                    AND ${samePhoneSql("s", "p")})`);
      await tx.execute(sql`UPDATE contact_phones SET contact_id = ${to},
        is_primary = is_primary AND NOT EXISTS (SELECT 1 FROM contact_phones s WHERE s.contact_id = ${to} AND s.is_primary)
        WHERE contact_id = ${from}`);
      await keepOnePrimary(tx, "contact_phones", to);
    },
  },
  {
    table: "contact_list_members",
    column: "contact_id",
    how: "combined",
    rule: "a list the survivor is already on keeps the survivor's membership",
    async move(tx, from, to) {
      await tx.execute(sql`INSERT INTO contact_list_members (list_id, contact_id, added_at, added_by_id)
        SELECT list_id, ${to}, added_at, added_by_id FROM contact_list_members WHERE contact_id = ${from} ON CONFLICT DO NOTHING`);
      await tx.execute(sql`DELETE FROM contact_list_members WHERE contact_id = ${from}`);
    },
  },
  {
    table: "activities",
    column: "contact_id",
    how: "moved",
    rule: "the timeline follows",
    move: (tx, from, to) => tx.execute(sql`UPDATE activities SET contact_id = ${to} WHERE contact_id = ${from}`),
  },
  {
    table: "appeal_recipients",
    column: "contact_id",
    how: "combined",
    rule: "a recipient of an appeal the survivor also received is deleted after its dispatches and replies are re-attached to the survivor's row, so the timeline keeps every step",
    async move(tx, from, to) {
      await tx.execute(sql`WITH pairs AS (SELECT ra.id AS old_id, rs.id AS new_id FROM appeal_recipients ra
          JOIN appeal_recipients rs ON rs.appeal_id = ra.appeal_id AND rs.contact_id = ${to} WHERE ra.contact_id = ${from})
        UPDATE appeal_dispatches d SET recipient_id = pairs.new_id FROM pairs WHERE d.recipient_id = pairs.old_id`);
      await tx.execute(sql`WITH pairs AS (SELECT ra.id AS old_id, rs.id AS new_id FROM appeal_recipients ra
          JOIN appeal_recipients rs ON rs.appeal_id = ra.appeal_id AND rs.contact_id = ${to} WHERE ra.contact_id = ${from})
        UPDATE appeal_replies r SET recipient_id = pairs.new_id FROM pairs WHERE r.recipient_id = pairs.old_id`);
      await tx.execute(sql`DELETE FROM appeal_recipients ra WHERE ra.contact_id = ${from}
        AND EXISTS (SELECT 1 FROM appeal_recipients rs WHERE rs.appeal_id = ra.appeal_id AND rs.contact_id = ${to})`);
      await tx.execute(sql`UPDATE appeal_recipients SET contact_id = ${to} WHERE contact_id = ${from}`);
    },
  },
  {
    table: "letter_signatories",
    column: "contact_id",
    how: "combined",
    rule:
      "on the same letter the survivor's row takes the more advanced status (signed > agreed > declined > no reply > followed up > asked > to ask), " +
      "the earliest ask and follow-up dates, the winning row's response and signature dates, and both notes",
    async move(tx, from, to) {
      await tx.execute(sql`UPDATE letter_signatories s SET
          status = CASE WHEN ${rank("a")} > ${rank("s")} THEN a.status ELSE s.status END,
          asked_on = LEAST(s.asked_on, a.asked_on), followed_up_on = LEAST(s.followed_up_on, a.followed_up_on),
          responded_on = CASE WHEN ${rank("a")} > ${rank("s")} THEN COALESCE(a.responded_on, s.responded_on) ELSE COALESCE(s.responded_on, a.responded_on) END,
          signed_on = CASE WHEN ${rank("a")} > ${rank("s")} THEN COALESCE(a.signed_on, s.signed_on) ELSE COALESCE(s.signed_on, a.signed_on) END,
          country_snapshot = COALESCE(s.country_snapshot, a.country_snapshot),
          political_group_snapshot = COALESCE(s.political_group_snapshot, a.political_group_snapshot),
          note = CASE WHEN NULLIF(a.note, '') IS NULL OR a.note = s.note THEN s.note ELSE concat_ws(chr(10), NULLIF(s.note, ''), a.note) END,
          updated_at = now(), version = s.version + 1
        FROM letter_signatories a WHERE a.letter_id = s.letter_id AND a.contact_id = ${from} AND s.contact_id = ${to}`);
      await tx.execute(sql`DELETE FROM letter_signatories a WHERE a.contact_id = ${from}
        AND EXISTS (SELECT 1 FROM letter_signatories s WHERE s.letter_id = a.letter_id AND s.contact_id = ${to})`);
      await tx.execute(sql`UPDATE letter_signatories SET contact_id = ${to}, updated_at = now(), version = version + 1 WHERE contact_id = ${from}`);
    },
  },
  {
    table: "event_participants",
    column: "contact_id",
    how: "combined",
    rule: "the same role at the same event keeps the survivor's row, its note filled in if empty",
    async move(tx, from, to) {
      await tx.execute(sql`INSERT INTO event_participants (event_id, contact_id, role, note)
        SELECT event_id, ${to}, role, note FROM event_participants WHERE contact_id = ${from}
        ON CONFLICT (event_id, contact_id, role) DO UPDATE SET note = COALESCE(event_participants.note, EXCLUDED.note)`);
      await tx.execute(sql`DELETE FROM event_participants WHERE contact_id = ${from}`);
    },
  },
  {
    table: "events",
    column: "moderator_contact_id",
    how: "moved",
    rule: "the moderator follows",
    move: (tx, from, to) => tx.execute(sql`UPDATE events SET moderator_contact_id = ${to} WHERE moderator_contact_id = ${from}`),
  },
  {
    table: "invitations",
    column: "contact_id",
    how: "combined",
    rule:
      "an invitation to the same event: the row that says more wins (attended > no-show > answered, the later answer first > pending); " +
      "the other is deleted, and with it its RSVP link",
    async move(tx, from, to) {
      await tx.execute(sql`DELETE FROM invitations s USING invitations a
        WHERE s.contact_id = ${to} AND a.contact_id = ${from} AND a.event_id = s.event_id AND ${says("a")} > ${says("s")}`);
      await tx.execute(sql`DELETE FROM invitations a WHERE a.contact_id = ${from}
        AND EXISTS (SELECT 1 FROM invitations s WHERE s.event_id = a.event_id AND s.contact_id = ${to})`);
      await tx.execute(sql`UPDATE invitations SET contact_id = ${to}, updated_at = now(), version = version + 1 WHERE contact_id = ${from}`);
    },
  },
  {
    table: "engagement_months",
    column: "contact_id",
    how: "combined",
    rule:
      "derived (the dashboard's engagement per month, migration 0021): the triggers of the dispatches, recipients, signatories and " +
      "invitations moved above carry the absorbed contact's counts to the survivor's rows, summed where the survivor has the same month; nothing is left to move here",
    move: async () => undefined,
  },
  {
    table: "engagement_totals",
    column: "contact_id",
    how: "combined",
    rule: "derived (the dashboard's all-time engagement count, migration 0021): kept by the same triggers as engagement_months, summed into the survivor's",
    move: async () => undefined,
  },
  {
    table: "incoming_appeals",
    column: "sender_contact_id",
    how: "moved",
    rule: "the sender follows",
    move: (tx, from, to) => tx.execute(sql`UPDATE incoming_appeals SET sender_contact_id = ${to} WHERE sender_contact_id = ${from}`),
  },
  {
    table: "contacts",
    column: "merged_into_id",
    how: "moved",
    rule: "contacts merged into the absorbed one earlier now point at the survivor, so a pointer is always one hop",
    move: (tx, from, to) => tx.execute(sql`UPDATE contacts SET merged_into_id = ${to} WHERE merged_into_id = ${from}`),
  },
];

/**
 * Columns referencing contacts(id) whose rows deliberately keep pointing at the absorbed contact
 * after a merge, each with its reason. None today: every such column is in `mergeReferences`.
 * (The absorbed row's own `merged_into_id` points at the survivor, not at itself; the audit trail
 * names contacts by `audit_entries.entity_id`, not a foreign key, and keeps the absorbed id on purpose.)
 */
export const mergeKeeps: Readonly<Record<string, string>> = {
  "engagement_gone.contact_id":
    "a two-day log of contacts whose dashboard engagement rows went (migration 0026), read by the cached \"most engaged\" figures: " +
    "the absorbed contact's entries (and the one the merge itself adds) say it left the ranking, so they stay with it",
};

/** Moves everything that references the absorbed contact to the survivor, by `mergeReferences`. */
async function moveReferences(tx: Tx, from: string, to: string) {
  for (const reference of mergeReferences) await reference.move(tx, from, to);
}

/**
 * Merges `absorbed` into `survivor` in one transaction: the survivor takes the chosen field values
 * and everything that hangs on the absorbed record (see `mergeReferences`); the absorbed record
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
