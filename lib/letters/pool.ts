import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Tx } from "@/db/client";
import { contacts, letters, letterSignatories } from "@/db/schema";
import { bump, lockVersioned } from "@/db/versioned";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { contactFilters } from "@/lib/contacts/queries";
import { contactListSchema } from "@/lib/contacts/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { signatoryStatusLabels, type SignatoryStatus } from "./schema";
import { letterVisibleTo } from "./visibility";

/** More than this many at once is almost certainly a filter left too wide. */
export const POOL_ADD_LIMIT = 2_000;

export type PoolAddResult = { added: number; skipped: number };

/**
 * Locks the letter so concurrent additions are counted one after the other. Pool changes do not
 * bump the letter's `version`: they must not make an open edit form stale. A letter about a case
 * the user may not see answers like a missing one, so its pool cannot be changed either.
 */
function lockLetter(tx: Tx, user: Acting, letterId: string) {
  return lockVersioned(tx, letters, letterId, undefined, { where: letterVisibleTo(user), notFound: "This letter no longer exists." });
}

/**
 * Adds every person matching `where` with one INSERT … SELECT: no id passes through JavaScript.
 * Country (the national delegation, else the country) and political group are snapshots, so the
 * tally does not move when a member later changes group. Those already in the pool and those
 * marked do-not-contact are skipped and counted.
 */
async function addMatching(user: Acting, letterId: string, where: SQL, summary: string): Promise<PoolAddResult> {
  return db.transaction(async (tx) => {
    const letter = await lockLetter(tx, user, letterId);
    const matching = and(where, isNull(contacts.mergedIntoId), eq(contacts.kind, "person"))!;
    const inPool = sql`EXISTS (SELECT 1 FROM ${letterSignatories} WHERE ${letterSignatories.letterId} = ${letterId} AND ${letterSignatories.contactId} = "contacts"."id")`;
    const [{ found, addable }] = await tx
      .select({
        found: sql<number>`count(*)::int`,
        addable: sql<number>`(count(*) FILTER (WHERE NOT ${inPool} AND NOT ${contacts.doNotContact}))::int`,
      })
      .from(contacts)
      .where(matching);
    if (addable > POOL_ADD_LIMIT) {
      throw new ValidationError(
        `${addable.toLocaleString("en")} parliamentarians match, more than the ${POOL_ADD_LIMIT.toLocaleString("en")} that can be added at once. Narrow the filters.`,
      );
    }
    const inserted = await tx.execute(sql`
      WITH added AS (
        INSERT INTO ${letterSignatories} (letter_id, contact_id, country_snapshot, political_group_snapshot)
        SELECT ${letterId}::uuid, ${contacts.id}, coalesce(${contacts.delegation}, ${contacts.country}), ${contacts.politicalGroup}
        FROM ${contacts} WHERE ${matching} AND NOT ${contacts.doNotContact}
        ON CONFLICT (letter_id, contact_id) DO NOTHING
        RETURNING 1
      )
      SELECT count(*)::int AS added FROM added`);
    const added = Number(rowsOf<{ added: number }>(inserted)[0]?.added ?? 0);
    const result = { added, skipped: found - added };
    await writeAudit(tx, user, {
      action: "pool_add",
      entity: "letter",
      entityId: letterId,
      summary: `${letter.title}: ${summary}; ${added} added, ${result.skipped} skipped (already in the pool or do not contact)`,
      before: null,
      after: result,
    });
    return result;
  });
}

export const addPoolFromFilters = dataAccess(async function addPoolFromFilters(
  user: Acting,
  input: { letterId: string; body: string; country: string; group: string; committee: string },
): Promise<PoolAddResult> {
  authorize(user, "appeal.write");
  // The contacts list's own filters; the country is the national delegation, else the country.
  const params = contactListSchema.parse({ body: input.body, group: input.group, committee: input.committee });
  const filters = contactFilters(params);
  if (input.country) filters.push(sql`coalesce(${contacts.delegation}, ${contacts.country}) = ${input.country}`);
  const described = [input.body !== "all" && input.body, input.country, input.group, input.committee].filter(Boolean).join(", ");
  return addMatching(user, input.letterId, and(...filters)!, `from filters (${described})`);
});

export const addPoolFromList = dataAccess(async function addPoolFromList(user: Acting, input: { letterId: string; listId: string }): Promise<PoolAddResult> {
  authorize(user, "appeal.write");
  const where = sql`EXISTS (SELECT 1 FROM contact_list_members m WHERE m.list_id = ${input.listId} AND m.contact_id = ${contacts.id})`;
  return addMatching(user, input.letterId, where, `from list ${input.listId}`);
});

export const addPoolContact = dataAccess(async function addPoolContact(user: Acting, input: { letterId: string; contactId: string }): Promise<PoolAddResult> {
  authorize(user, "appeal.write");
  const [contact] = await db
    .select({ doNotContact: contacts.doNotContact, kind: contacts.kind })
    .from(contacts)
    .where(and(eq(contacts.id, input.contactId), isNull(contacts.mergedIntoId)));
  if (!contact) throw new NotFoundError("This contact no longer exists.");
  if (contact.kind !== "person") throw new ValidationError("Only people can sign: choose a parliamentarian, not an organization.");
  if (contact.doNotContact) throw new ValidationError("This contact is marked do-not-contact.");
  const result = await addMatching(user, input.letterId, eq(contacts.id, input.contactId), "one contact");
  if (!result.added) throw new ValidationError("This parliamentarian is already in the pool.");
  return result;
});

/** Removes a parliamentarian who has not been asked yet; once asked, the history stays. */
export const removeFromPool = dataAccess(async function removeFromPool(user: Acting, input: { letterId: string; signatoryId: string; version: number }) {
  authorize(user, "appeal.write");
  return db.transaction(async (tx) => {
    const letter = await lockLetter(tx, user, input.letterId);
    const before = await lockVersioned(tx, letterSignatories, input.signatoryId, input.version, { where: eq(letterSignatories.letterId, input.letterId) });
    // contact_id is ON DELETE RESTRICT: the contact is always there.
    const [{ name }] = await tx.select({ name: contacts.fullName }).from(contacts).where(eq(contacts.id, before.contactId));
    if (before.status !== "to_ask") throw new ValidationError("Only parliamentarians not yet asked can be removed; set another status instead.");
    await tx.delete(letterSignatories).where(eq(letterSignatories.id, input.signatoryId));
    await writeAudit(tx, user, { action: "pool_remove", entity: "letter", entityId: input.letterId, summary: `${letter.title}: ${name}`, before, after: null });
    return { id: input.signatoryId };
  });
});

/**
 * The date columns a status sets. Earlier steps keep their dates (a follow-up does not erase when
 * the member was first asked); going back to "to ask" clears them all, and a signature taken back
 * loses its date, so the dates always agree with the status.
 */
function stampsFor(status: SignatoryStatus, on: string) {
  const d = sql`${on}::date`;
  const keep = (col: SQL) => sql`coalesce(${col}, ${d})`;
  switch (status) {
    case "to_ask":
      return { askedOn: null, followedUpOn: null, respondedOn: null, signedOn: null };
    case "asked":
      return { askedOn: d, signedOn: null };
    case "followed_up":
      return { askedOn: keep(sql`${letterSignatories.askedOn}`), followedUpOn: d, signedOn: null };
    case "agreed":
    case "declined":
      return { respondedOn: d, signedOn: null };
    case "signed":
      return { respondedOn: keep(sql`${letterSignatories.respondedOn}`), signedOn: d };
    case "no_reply":
      return { signedOn: null };
  }
}

export const setSignatoryStatus = dataAccess(async function setSignatoryStatus(
  user: Acting,
  input: { letterId: string; signatoryId: string; version: number; status: SignatoryStatus; on: string; note: string | null },
) {
  authorize(user, "appeal.write");
  return db.transaction(async (tx) => {
    const letter = await lockLetter(tx, user, input.letterId);
    const before = await lockVersioned(tx, letterSignatories, input.signatoryId, input.version, { where: eq(letterSignatories.letterId, input.letterId) });
    const [after] = await tx
      .update(letterSignatories)
      .set({ status: input.status, ...stampsFor(input.status, input.on), note: input.note, ...bump(letterSignatories) })
      .where(eq(letterSignatories.id, input.signatoryId))
      .returning();
    await writeAudit(tx, user, {
      action: "signatory_status",
      entity: "letter",
      entityId: input.letterId,
      summary: `${letter.title}: ${signatoryStatusLabels[input.status]}`,
      before,
      after,
    });
    return { id: after.id, version: after.version };
  });
});

/** Sets one status on many rows in one transaction, audited as one entry with the count. */
export const bulkSetStatus = dataAccess(async function bulkSetStatus(user: Acting, input: { letterId: string; signatoryIds: string[]; status: SignatoryStatus; on: string }) {
  authorize(user, "appeal.write");
  const ids = [...new Set(input.signatoryIds)];
  return db.transaction(async (tx) => {
    const letter = await lockLetter(tx, user, input.letterId);
    const changed = await tx
      .update(letterSignatories)
      .set({ status: input.status, ...stampsFor(input.status, input.on), ...bump(letterSignatories) })
      // Scoped to the letter: ids of another letter's pool change nothing.
      .where(and(eq(letterSignatories.letterId, input.letterId), inArray(letterSignatories.id, ids)))
      .returning({ id: letterSignatories.id });
    if (changed.length !== ids.length) throw new ValidationError("Some selected parliamentarians are no longer in this pool. Reload and try again.");
    await writeAudit(tx, user, {
      action: "signatory_status_bulk",
      entity: "letter",
      entityId: input.letterId,
      summary: `${letter.title}: ${changed.length} set to ${signatoryStatusLabels[input.status]} on ${input.on}`,
      before: null,
      after: { status: input.status, on: input.on, count: changed.length, signatoryIds: ids },
    });
    return { changed: changed.length };
  });
});
