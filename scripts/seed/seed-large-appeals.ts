// Appeals, recipients, dispatches, replies, sign-on letters and signatories for benchmarks, on top
// of the synthetic contacts of seed-large.ts. Generated inside PostgreSQL with generate_series in
// batches; nothing is loaded into JavaScript. Called by scripts/seed/seed-large.ts.
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../../db/client";
import { normalizeForSearch } from "../../lib/search/normalize";

const arr = (values: string[]) => sql`${sql.param(values)}::text[]`;
const RECIPIENTS_PER_APPEAL = 12;
const SIGNATORIES_PER_LETTER = 50;

const people = ["Zhanara Akhmetova", "Yerzhan Nurbayev", "Aigul Serikbayeva", "Mukhtar Zhaksybekov", "Dinara Kassymova", "Serik Ospanov", "Asel Imanova",
  "Nurlan Mussin", "Gulnara Abenova", "Bakhyt Suleimenov", "Max Bokayev", "Talgat Ayan", "Aron Atabek", "Vladimir Kozlov", "Roza Tuletayeva", "Zhanbolat Mamay",
  "Marat Zhylanbayev", "Aigerim Tleuzhan", "Duman Mukhammedkarim", "Aslan Sagutdinov"];
const appealTypes: Array<[string, string]> = [
  ["urgent_appeal", "Urgent appeal"], ["letter_of_concern", "Letter of concern"], ["open_letter", "Open letter"], ["statement", "Statement"], ["un_submission", "Submission to the UN"],
];
const letterKinds: Array<[string, string]> = [
  ["joint_letter", "Joint letter"], ["written_declaration", "Written declaration"], ["written_question", "Written question"], ["statement", "Statement"], ["motion_for_resolution", "Motion for a resolution"],
];

export async function pickTable(db: Db): Promise<number> {
  // A numbered copy of the synthetic contacts so recipients and signatories can be picked by number.
  await db.execute(sql`DROP TABLE IF EXISTS seed_large_pick`);
  await db.execute(sql`CREATE UNLOGGED TABLE seed_large_pick AS
    SELECT row_number() OVER (ORDER BY id) AS rn, id, full_name, title, country, political_group FROM contacts WHERE source = 'synthetic'`);
  await db.execute(sql`CREATE UNIQUE INDEX ON seed_large_pick (rn)`);
  return rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM seed_large_pick`))[0].n;
}

export async function seedLargeAppeals(db: Db, total: number, log: (line: string) => void): Promise<void> {
  const contactsCount = await pickTable(db);
  if (!contactsCount) throw new Error("Generate synthetic contacts first (--contacts N).");
  const titles = people.flatMap((p) => appealTypes.map(([, label]) => `${label}: ${p}`));
  const batch = 20_000;
  const [{ start }] = rowsOf<{ start: number }>(await db.execute(sql`SELECT count(*)::int AS start FROM appeals WHERE subject = 'seed-large'`));
  for (let offset = start; offset < start + total; offset += batch) {
    const count = Math.min(batch, start + total - offset);
    // One statement per batch: the appeals, each to RECIPIENTS_PER_APPEAL different contacts, a
    // dispatch per recipient once sent, a reply for answered ones. Status by n % 20: 2 drafts, 1 in
    // review, 1 approved, 10 sent, 4 answered, 2 closed; created over ten years.
    await db.execute(sql`
      WITH g AS (SELECT ${offset}::bigint + s AS n FROM generate_series(1, ${count}) s),
      ins AS (
        INSERT INTO appeals (type, title, subject, language, body_markdown, status, submitted_at, approved_at, sent_at, closed_at, search_text, created_at, updated_at)
        SELECT (${arr(appealTypes.map(([t]) => t))})[1 + n % ${appealTypes.length}]::appeal_type,
               (${arr(titles)})[1 + n % ${titles.length}] || ' (' || n || ')', 'seed-large', 'en',
               '{{salutation}},' || chr(10) || chr(10) || 'We write about {{case_names}}.', st.status::appeal_status,
               CASE WHEN st.rank >= 1 THEN created + interval '2 days' END, CASE WHEN st.rank >= 2 THEN created + interval '4 days' END,
               CASE WHEN st.rank >= 3 THEN created + interval '6 days' END, CASE WHEN st.status = 'closed' THEN created + interval '60 days' END,
               (${arr(titles.map((t) => normalizeForSearch(t)))})[1 + n % ${titles.length}] || ' ' || n, created, created
        FROM g
        CROSS JOIN LATERAL (SELECT now() - make_interval(days => (n % 3650)::int, hours => (n % 24)::int) AS created) c
        CROSS JOIN LATERAL (SELECT CASE WHEN n % 20 < 2 THEN 'draft' WHEN n % 20 = 2 THEN 'in_review' WHEN n % 20 = 3 THEN 'approved'
                                        WHEN n % 20 < 14 THEN 'sent' WHEN n % 20 < 18 THEN 'response_received' ELSE 'closed' END AS status,
                                   CASE WHEN n % 20 < 2 THEN 0 WHEN n % 20 = 2 THEN 1 WHEN n % 20 = 3 THEN 2 ELSE 3 END AS rank) st
        RETURNING id, status, sent_at),
      numbered AS (SELECT id, status, sent_at, row_number() OVER (ORDER BY id) + ${offset}::bigint AS n FROM ins),
      rec AS (
        INSERT INTO appeal_recipients (appeal_id, contact_id, name, title, salutation, email)
        SELECT a.id, p.id, p.full_name, p.title, 'Dear ' || COALESCE(p.title, 'Sir or Madam'), 'recipient@example.org'
          FROM numbered a CROSS JOIN generate_series(0, ${RECIPIENTS_PER_APPEAL - 1}) j
          JOIN seed_large_pick p ON p.rn = 1 + (a.n * 7919 + j * ${Math.floor(contactsCount / RECIPIENTS_PER_APPEAL)}) % ${contactsCount}
        ON CONFLICT DO NOTHING
        RETURNING id, appeal_id, name),
      disp AS (
        INSERT INTO appeal_dispatches (recipient_id, sent_on, channel)
        SELECT rec.id, a.sent_at, (ARRAY['email','post','fax','web_form','hand_delivery'])[1 + abs(hashtext(rec.id::text)) % 5]::dispatch_channel
          FROM rec JOIN numbered a ON a.id = rec.appeal_id WHERE a.sent_at IS NOT NULL
        RETURNING 1),
      rep AS (
        INSERT INTO appeal_replies (appeal_id, recipient_id, received_on, from_name, summary)
        SELECT DISTINCT ON (rec.appeal_id) rec.appeal_id, rec.id, (a.sent_at + interval '20 days')::date, rec.name, 'Acknowledged receipt'
          FROM rec JOIN numbered a ON a.id = rec.appeal_id WHERE a.status IN ('response_received', 'closed')
         ORDER BY rec.appeal_id, rec.id
        RETURNING 1)
      SELECT (SELECT count(*) FROM disp) AS dispatches, (SELECT count(*) FROM rep) AS replies`);
    log(`${(offset + count - start).toLocaleString("en")} / ${total.toLocaleString("en")} appeals`);
  }
}

export async function seedLargeLetters(db: Db, total: number, log: (line: string) => void): Promise<void> {
  const contactsCount = await pickTable(db);
  if (!contactsCount) throw new Error("Generate synthetic contacts first (--contacts N).");
  const titles = people.flatMap((p) => letterKinds.map(([, label]) => `${label} on ${p}`));
  const batch = 5_000;
  const [{ start }] = rowsOf<{ start: number }>(await db.execute(sql`SELECT count(*)::int AS start FROM letters WHERE addressee = 'seed-large'`));
  for (let offset = start; offset < start + total; offset += batch) {
    const count = Math.min(batch, start + total - offset);
    // Fifty parliamentarians per letter; by j: 24 signed, 6 declined, the rest asked or no reply.
    await db.execute(sql`
      WITH g AS (SELECT ${offset}::bigint + s AS n FROM generate_series(1, ${count}) s),
      ins AS (
        INSERT INTO letters (kind, title, addressee, parliamentary_body, target_signatures, status, deadline, search_text, created_at, updated_at)
        SELECT (${arr(letterKinds.map(([k]) => k))})[1 + n % ${letterKinds.length}]::letter_kind,
               (${arr(titles)})[1 + n % ${titles.length}] || ' (' || n || ')', 'seed-large',
               (ARRAY['european_parliament','pace','osce_pa','national_parliament'])[1 + n % 4]::parliamentary_body, 20 + (n % 21)::int,
               (ARRAY['draft','collecting','closed','dispatched','reply_received'])[1 + n % 5]::letter_status,
               (now() - make_interval(days => (n % 3650)::int))::date,
               (${arr(titles.map((t) => normalizeForSearch(t)))})[1 + n % ${titles.length}] || ' ' || n,
               now() - make_interval(days => (n % 3650)::int), now() - make_interval(days => (n % 3650)::int)
        FROM g
        RETURNING id, created_at),
      l AS (SELECT id, created_at, row_number() OVER (ORDER BY id) + ${offset}::bigint AS n FROM ins)
      INSERT INTO letter_signatories (letter_id, contact_id, status, asked_on, signed_on, country_snapshot, political_group_snapshot)
      SELECT l.id, p.id,
             (CASE WHEN j < 24 THEN 'signed' WHEN j < 30 THEN 'declined' WHEN j < 40 THEN 'asked' ELSE 'no_reply' END)::signatory_status,
             l.created_at::date, CASE WHEN j < 24 THEN (l.created_at + interval '10 days')::date END, p.country, p.political_group
        FROM l CROSS JOIN generate_series(0, ${SIGNATORIES_PER_LETTER - 1}) j
        JOIN seed_large_pick p ON p.rn = 1 + (l.n * 104729 + j * ${Math.floor(contactsCount / SIGNATORIES_PER_LETTER)}) % ${contactsCount}
      ON CONFLICT DO NOTHING`);
    log(`${(offset + count - start).toLocaleString("en")} / ${total.toLocaleString("en")} letters`);
  }
}

export async function dropPickTable(db: Db): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS seed_large_pick`);
}
