// Which definition of the search text (lib/search/normalize.ts, lib/search/search-text.ts) a
// database's rows were built with. A query is normalized by the running code, so rows built by an
// older definition stop matching it (once ч became "h", a stored "cirikova" no longer meets a typed
// Chirikova). The definition's fingerprint — its output on probe text in every script and spelling
// it folds — is stamped on the database (a comment on search_terms); scripts/prepare.ts (before
// `npm run dev` and `npm start`) rebuilds every row when the code's fingerprint differs. Nothing to
// bump by hand: a change to a rule changes the probes' output.
// Not "server-only": plain `tsx` scripts import it (see search-text-check.ts).
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { searchText } from "./search-text";
import { searchTextMismatches, type SearchTextMismatches } from "./search-text-check";

const probes = [
  "абвгдеёжзийклмнопрстуфхцчшщъыьэюя әғқңөұүһі єїґў Тоқаев Ерлан Юлия Яшин Алексеев Мирзиёев Ходорковский Цимошевич",
  "àáâãäåāăąçćčďđèéêëēėęěğìíîïīıįķļłńňñòóôõöøőœŕřśşšţťùúûüūůűųýÿźżžßæ",
  "kh zh ch sh shch ts tz ck ph th x q w ye yu ya ii ie oe ue j sch tsch dzh dj aa ay ey ei eu",
  "Jean-Claude Juncker, Sa’ad Hariri, Ma'ruf Ulugʻbek Muʿtasim Sha`ban O’Briain",
  "Petras Auštrevičius Rasa Juknevičienė Andrzej Włodzimierz Krzysztof Róża Ochojska Kowalska",
  "Frank-Walter Steinmeier Hannah Neumann Annalena Baerbock Reinhard Bütikofer Václav Havel Jiří Sergej Nikolaj",
  "Kassym-Jomart Tokayev Toqaev Qairat Nazarbayev Dzhaparov Şebnem Demirtaş Kılıç Öztürk Oeztuerk aprk@akorda.kz",
];

export function searchTextFingerprint(): string {
  const texts = probes.flatMap((p) => [
    searchText.contact({ fullName: p, nameNative: p, title: p, department: p }, { name: p, acronym: p }, [p]),
    searchText.organization({ name: p, nameNative: p, acronym: p }),
    searchText.case({ primaryName: p, nameNative: p }, [p]),
    searchText.appeal({ title: p, subject: p }),
    searchText.letter({ title: p, addressee: p, referenceNumber: p }),
    searchText.event({ title: p, venue: p, city: p, description: p }),
    searchText.incoming({ senderName: p, requestSummary: p, originalText: p }),
    searchText.list({ name: p, description: p }),
    searchText.campaign({ name: p, summary: p }),
  ]);
  return createHash("sha256").update(texts.join("\n")).digest("hex").slice(0, 16);
}

const stampOf = (fingerprint: string) => `search text ${fingerprint}`;

/**
 * Rebuilds every row's search text and the vocabulary when the database's stamp is not the code's
 * fingerprint, then stamps it. Returns the rows rewritten per kind, or null when the stamp was current.
 */
export async function rebuildSearchTextIfChanged(db: Db): Promise<SearchTextMismatches | null> {
  const stamp = stampOf(searchTextFingerprint());
  const [row] = rowsOf<{ stamp: string | null }>(await db.execute(sql`SELECT obj_description('search_terms'::regclass, 'pg_class') AS stamp`));
  if (row?.stamp === stamp) return null;
  const rewritten = await searchTextMismatches(db, { fix: true });
  await recollectVocabulary(db);
  // COMMENT takes no parameters; the stamp is a fixed prefix and hex.
  await db.execute(sql.raw(`COMMENT ON TABLE search_terms IS '${stamp}'`));
  return rewritten;
}

/**
 * The vocabulary learns words and never forgets them; once every row was rewritten, most words of
 * the old definition stand in no row (at a million contacts, a million e-mail addresses spelled the
 * old way), and every typed word's trigram lookup would still read them. Collected again from the
 * rows, in one transaction (TRUNCATE locks the vocabulary until it is whole again: searches wait),
 * so at start, before the app serves: 50 s at a million contacts.
 */
async function recollectVocabulary(db: Db): Promise<void> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`SELECT table_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'search_text' AND table_name <> 'search_terms' ORDER BY table_name`),
  );
  const words = sql.join(
    tables.map(({ name }) => sql`SELECT unnest(string_to_array(search_text, ' ')) FROM ${sql.identifier(name)}`),
    sql` UNION ALL `,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`TRUNCATE search_terms`);
    await tx.execute(sql`INSERT INTO search_terms (term) SELECT DISTINCT w FROM (${words}) AS words(w) WHERE w <> '' ORDER BY 1`);
  });
}
