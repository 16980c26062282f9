import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { judgePair, type Reason, type RuleSide } from "./duplicate-rule";

export const DUPLICATES_PAGE_SIZE = 25;
/** How many of the most recently updated contacts look for name neighbours on one page load. */
export const NAME_WINDOW = 2000;
/**
 * Neighbours kept per contact; the word similarity of a contact's names to another's search text
 * that the trigram index looks up (lower, and each lookup matches many more rows: at 0.4 a page
 * of 20,000 synthetic contacts ran past the time limit); and the similarity of the two names that
 * makes a candidate. The candidate floor is lower than the lookup's since every candidate is then
 * judged word by word (lib/contacts/duplicate-rule.ts): "Nacho Sánchez Amor" / "Ignacio Sanchez
 * Amor" is 0.48, "Атабек Арон Ибрагимович" / "Aron Atabek" 0.48.
 */
const NEIGHBOURS = 5;
export const NAME_THRESHOLD = 0.5;
const CANDIDATE_SCORE = 0.4;
const TIME_LIMIT_MS = 10_000;

/**
 * The names part of a contact's search text. search_text is normalizeForSearch(fullName,
 * nameNative, title, organization, ...) (searchText.contact in lib/search/search-text.ts): the names are its first
 * words, as many as the names have once every character the normalizer turns into a space (anything
 * but Latin or Cyrillic letters, digits, "@", ".", "-") splits them. Reusing the stored column keeps
 * the transliteration in one place (JavaScript) instead of copying it into SQL.
 */
const separators = "[^a-zA-Z0-9@.\\u00C0-\\u024F\\u0300-\\u036F\\u0400-\\u04FF\\u1E00-\\u1EFF-]+";
const words = (column: string) => `cardinality(array_remove(regexp_split_to_array(coalesce(${column}, ''), '${separators}'), ''))`;
const namesOf = (alias: string) =>
  sql.raw(
    `array_to_string((string_to_array(${alias}.search_text, ' '))[1:${words(`${alias}.full_name`)} + ${words(`${alias}.name_native`)}], ' ')`,
  );

type PairRow = { a: string; b: string; same_email: boolean; same_phone: boolean; name_score: number | string | null };
type JudgedRow = {
  id: string; full_name: string; name_native: string | null; title: string | null; organization_id: string | null;
  country: string | null; parliamentary_body: string | null;
};
type ContactRow = {
  id: string; full_name: string; name_native: string | null; title: string | null; organization: string | null;
  parliamentary_body: string | null; emails: string[] | null; phones: string[] | null;
};

export type DuplicateSide = {
  id: string; fullName: string; nameNative: string | null; title: string | null; organization: string | null;
  parliamentaryBody: string | null; emails: string[]; phones: string[];
};
export type DuplicatePair = {
  a: DuplicateSide; b: DuplicateSide; sameEmail: boolean; samePhone: boolean; nameScore: number | null;
  /** probable: a likely duplicate; shared: only an e-mail or phone in common, names unlike (listed last). */
  confidence: "probable" | "shared";
  reasons: Reason[];
};

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Probable duplicate pairs of non-merged contacts, computed in PostgreSQL: the same e-mail
 * (case-insensitive), the same phone (the same E.164 form, phone_e164, when both numbers have one:
 * "+32 2 284 21 11" and "02 284 21 11" of a contact in Belgium; else, when one could not be parsed,
 * the last 9 digits equal: "+7 701…" and "8 701…" differ only by the trunk prefix; samePhone in
 * lib/contacts/phones.ts, without its exact match of numbers shorter than 9 digits, too weak a hint
 * here), or similar names across scripts. Name neighbours come from a LATERAL
 * top-k per contact through the GIN trigram index on search_text, for the NAME_WINDOW most recently
 * updated contacts only. A pair found several ways is one candidate; every candidate is then judged
 * word by word (lib/contacts/duplicate-rule.ts: relatives and namesakes left out, a shared office
 * line listed last) and listed once, with its reasons in words. Each name
 * lookup is one trigram search: fine at tens of thousands of contacts, too slow for 2,000 of them
 * at a million (see the time limit below); that size needs pairs precomputed on write.
 */
export const listDuplicatePairs = dataAccess(async function listDuplicatePairs(user: Acting, page = 1) {
  authorize(user, "delete");
  try {
    return { ...(await pairsPage(page, true)), namesSkipped: false };
  } catch (error) {
    // Past a few hundred thousand contacts the name neighbours can outrun the time limit: the page
    // then still lists the e-mail and phone pairs, and says names were not compared.
    if (!isTimeout(error)) throw error;
    return { ...(await pairsPage(page, false)), namesSkipped: true };
  }
});

const isTimeout = (error: unknown): boolean =>
  !!error && typeof error === "object" && ((error as { code?: string }).code === "57014" || isTimeout((error as { cause?: unknown }).cause));

async function pairsPage(page: number, compareNames: boolean) {
  const offset = (page - 1) * DUPLICATES_PAGE_SIZE;
  return db.transaction(async (tx) => {
    // Both settings are local to the transaction: `<%` reads the threshold, and the time limit
    // keeps one page load from holding a connection (and its locks) for minutes.
    await tx.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(NAME_THRESHOLD)}, true)`);
    await tx.execute(sql`SELECT set_config('statement_timeout', ${`${TIME_LIMIT_MS}ms`}, true)`);
    const candidates = rowsOf<PairRow>(
      await tx.execute(sql`
        WITH recent AS MATERIALIZED (
          SELECT c.id, c.kind, ${namesOf("c")} AS names
            FROM contacts c WHERE c.merged_into_id IS NULL
           ORDER BY c.updated_at DESC, c.id LIMIT ${compareNames ? NAME_WINDOW : 0}
        ),
        by_name AS (
          SELECT LEAST(r.id, n.id) AS a, GREATEST(r.id, n.id) AS b, n.score
            FROM recent r
            CROSS JOIN LATERAL (
              SELECT c.id, similarity(r.names, ${namesOf("c")}) AS score
                FROM contacts c
               WHERE r.names <% c.search_text AND c.id <> r.id AND c.merged_into_id IS NULL AND c.kind = r.kind
               ORDER BY score DESC LIMIT ${NEIGHBOURS}
            ) n
           WHERE r.names <> '' AND n.score >= ${CANDIDATE_SCORE}
        ),
        live_emails AS (
          SELECT e.contact_id, lower(e.email) AS email FROM contact_emails e
            JOIN contacts c ON c.id = e.contact_id AND c.merged_into_id IS NULL
        ),
        by_email AS (
          SELECT DISTINCT e1.contact_id AS a, e2.contact_id AS b
            FROM live_emails e1 JOIN live_emails e2 ON e2.email = e1.email AND e1.contact_id < e2.contact_id
        ),
        live_phones AS (
          SELECT p.contact_id, p.phone_e164 AS e164, regexp_replace(p.phone, '[^0-9]', '', 'g') AS digits FROM contact_phones p
            JOIN contacts c ON c.id = p.contact_id AND c.merged_into_id IS NULL
        ),
        by_phone AS (
          SELECT p1.contact_id AS a, p2.contact_id AS b
            FROM live_phones p1 JOIN live_phones p2 ON p2.e164 = p1.e164 AND p1.contact_id < p2.contact_id
          UNION
          SELECT p1.contact_id, p2.contact_id
            FROM live_phones p1 JOIN live_phones p2 ON right(p2.digits, 9) = right(p1.digits, 9) AND p1.contact_id < p2.contact_id
           WHERE (p1.e164 IS NULL OR p2.e164 IS NULL) AND length(p1.digits) >= 9 AND length(p2.digits) >= 9
        ),
        pairs AS (
          SELECT a, b, bool_or(reason = 'email') AS same_email, bool_or(reason = 'phone') AS same_phone, max(score) AS name_score
            FROM (SELECT a, b, 'email' AS reason, NULL::real AS score FROM by_email
                  UNION ALL SELECT a, b, 'phone', NULL FROM by_phone
                  UNION ALL SELECT a, b, 'name', score FROM by_name) found
           GROUP BY a, b
        )
        SELECT a, b, same_email, same_phone, name_score FROM pairs
      `),
    );
    // Every candidate is judged (lib/contacts/duplicate-rule.ts) before the page is cut, so the
    // pages and the total count the pairs listed. The candidates are bounded: NAME_WINDOW ×
    // NEIGHBOURS name pairs, plus the e-mail and phone pairs.
    const people = await judgedSidesOf(tx, [...new Set(candidates.flatMap((p) => [p.a, p.b]))]);
    const judged = candidates
      .map((p) => ({ p, verdict: judgePair(people.get(p.a)!, people.get(p.b)!, { sameEmail: p.same_email, samePhone: p.same_phone }) }))
      .filter((x) => x.verdict.confidence !== null);
    const order = (x: (typeof judged)[number]) =>
      [x.verdict.confidence === "probable" ? 0 : 1, x.p.same_email ? 0 : 1, x.p.same_phone ? 0 : 1, -Number(x.p.name_score ?? -1)] as const;
    judged.sort((x, y) => {
      const [ox, oy] = [order(x), order(y)];
      for (let i = 0; i < ox.length; i++) if (ox[i] !== oy[i]) return ox[i] - oy[i];
      return x.p.a < y.p.a ? -1 : x.p.a > y.p.a ? 1 : x.p.b < y.p.b ? -1 : x.p.b > y.p.b ? 1 : 0;
    });
    const pageRows = judged.slice(offset, offset + DUPLICATES_PAGE_SIZE);
    const ids = [...new Set(pageRows.flatMap((x) => [x.p.a, x.p.b]))];
    const sides = ids.length ? await sidesOf(tx, ids) : new Map<string, DuplicateSide>();
    const rows: DuplicatePair[] = pageRows.map(({ p, verdict }) => ({
      a: sides.get(p.a)!,
      b: sides.get(p.b)!,
      sameEmail: p.same_email,
      samePhone: p.same_phone,
      nameScore: p.name_score === null ? null : Number(p.name_score),
      confidence: verdict.confidence!,
      reasons: verdict.reasons,
    }));
    return { rows, total: judged.length, page, pageSize: DUPLICATES_PAGE_SIZE };
  });
}

/** What the rule reads of each candidate: names, and what else says who the person is. */
async function judgedSidesOf(tx: Pick<typeof db, "execute">, ids: string[]): Promise<Map<string, RuleSide>> {
  if (!ids.length) return new Map();
  const rows = rowsOf<JudgedRow>(
    await tx.execute(sql`
      SELECT c.id, c.full_name, c.name_native, c.title, c.organization_id, c.country, c.parliamentary_body
        FROM contacts c WHERE c.id = ANY(${`{${ids.join(",")}}`}::uuid[])
    `),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        fullName: r.full_name, nameNative: r.name_native, title: r.title, organizationId: r.organization_id,
        country: r.country, parliamentaryBody: r.parliamentary_body,
      },
    ]),
  );
}

/** What the pair table shows of each side: at most 2 × page size contacts. */
async function sidesOf(tx: Pick<typeof db, "execute">, ids: string[]) {
  const rows = rowsOf<ContactRow>(
    await tx.execute(sql`
      SELECT c.id, c.full_name, c.name_native, c.title, o.name AS organization, c.parliamentary_body,
             (SELECT array_agg(e.email ORDER BY e.is_primary DESC, e.created_at, e.id) FROM contact_emails e WHERE e.contact_id = c.id) AS emails,
             (SELECT array_agg(p.phone ORDER BY p.is_primary DESC, p.created_at, p.id) FROM contact_phones p WHERE p.contact_id = c.id) AS phones
        FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id
       WHERE c.id IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
    `),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id, fullName: r.full_name, nameNative: r.name_native, title: r.title, organization: r.organization,
        parliamentaryBody: r.parliamentary_body, emails: r.emails ?? [], phones: r.phones ?? [],
      },
    ]),
  );
}

/** Where a merged contact went, for the notice on its old URL; null when it was not merged. */
export const mergedInto = dataAccess(async function mergedInto(user: Acting, id: string): Promise<{ id: string; fullName: string } | null> {
  authorize(user, "read");
  // Follows a chain (A merged into B, later B into C) to the live record, a few steps at most.
  const rows = rowsOf<{ id: string; full_name: string }>(
    await db.execute(sql`
      WITH RECURSIVE chain AS (
        SELECT id, merged_into_id, full_name, 0 AS depth FROM contacts WHERE id = ${id}
        UNION ALL
        SELECT c.id, c.merged_into_id, c.full_name, chain.depth + 1 FROM contacts c JOIN chain ON c.id = chain.merged_into_id WHERE chain.depth < 10
      )
      SELECT id, full_name FROM chain WHERE merged_into_id IS NULL AND depth > 0 LIMIT 1
    `),
  );
  return rows[0] ? { id: rows[0].id, fullName: rows[0].full_name } : null;
});

/** How much hangs on a contact: what the merge screen tells the user will move. */
export const relatedCounts = dataAccess(async function relatedCounts(user: Acting, id: string) {
  authorize(user, "delete");
  const [row] = rowsOf<Record<string, number | string>>(
    await db.execute(sql`
      SELECT (SELECT count(*) FROM contact_list_members WHERE contact_id = ${id}) AS lists,
             (SELECT count(*) FROM activities WHERE contact_id = ${id}) AS activities,
             (SELECT count(*) FROM appeal_recipients WHERE contact_id = ${id}) AS appeals,
             (SELECT count(*) FROM letter_signatories WHERE contact_id = ${id}) AS letters,
             (SELECT count(*) FROM invitations WHERE contact_id = ${id}) AS invitations,
             (SELECT count(*) FROM event_participants WHERE contact_id = ${id})
               + (SELECT count(*) FROM events WHERE moderator_contact_id = ${id}) AS events,
             (SELECT count(*) FROM incoming_appeals WHERE sender_contact_id = ${id}) AS incoming
    `),
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as Record<
    "lists" | "activities" | "appeals" | "letters" | "invitations" | "events" | "incoming",
    number
  >;
});
