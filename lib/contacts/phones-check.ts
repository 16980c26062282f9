// Every contact_phones.phone_e164 recomputed with phoneColumns (lib/contacts/phones.ts) from the
// number as written and the contact's country, and compared with what is stored: the number of
// rows that differ. With `fix` those rows are rewritten: the backfill after migration 0018 (rows
// written before it have no E.164), also run by the demo seed and by `npm run db:phones`. Reads in
// batches by id, so it runs in bounded memory on a million phones; safe to run live (one UPDATE
// per batch, derived column only: no version bump, no audit entry).
// Not "server-only": plain `tsx` scripts (npm run db:*) and the seed import it. It takes the database
// handle it works on and acts as the owner; no page or action imports it.
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { phoneE164 } from "./phones";

const BATCH = 5000;

type Row = { id: string; phone: string; phone_e164: string | null; country: string | null };

/**
 * The value a row should hold, or undefined when what it holds is right. A stored E.164 that the
 * contact's current country no longer yields (a national number moved by a merge to a contact of
 * another country, a country changed by an import) is kept while it is itself a valid number: it
 * was computed with the country the number was written under.
 */
export function expectedE164(row: Pick<Row, "phone" | "phone_e164" | "country">): string | null | undefined {
  const computed = phoneE164(row.phone, row.country);
  if (computed === row.phone_e164) return undefined;
  if (computed === null && row.phone_e164 !== null && phoneE164(row.phone_e164) === row.phone_e164) return undefined;
  return computed;
}

/** Rows whose phone_e164 is missing or wrong; with `fix`, rewritten. */
export async function phoneE164Mismatches(db: Pick<Db, "execute">, options: { fix?: boolean } = {}): Promise<number> {
  let differing = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = rowsOf<Row>(
      await db.execute(sql`
        SELECT p.id, p.phone, p.phone_e164, c.country FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
         WHERE p.id > ${after} ORDER BY p.id LIMIT ${BATCH}`),
    );
    if (!rows.length) break;
    const fixes: Array<{ id: string; e164: string | null }> = [];
    for (const row of rows) {
      const expected = expectedE164(row);
      if (expected !== undefined) fixes.push({ id: row.id, e164: expected });
    }
    differing += fixes.length;
    if (options.fix && fixes.length) {
      await db.execute(sql`
        UPDATE contact_phones p SET phone_e164 = f.e164
          FROM jsonb_to_recordset(${JSON.stringify(fixes)}::jsonb) AS f(id uuid, e164 text)
         WHERE p.id = f.id`);
    }
    after = rows[rows.length - 1].id;
  }
  return differing;
}
