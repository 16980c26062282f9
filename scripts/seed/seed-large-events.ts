// Events and invitations for benchmarks, on top of the synthetic contacts of seed-large.ts:
// side-events, hearings and conferences over ten years (some upcoming), each with fifty invited
// contacts at every stage of the funnel. Generated inside PostgreSQL in batches; nothing is loaded
// into JavaScript. Every invitation gets a random token hash so the RSVP lookup meets a full index.
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../../db/client";
import { normalizeForSearch } from "../../lib/search/normalize";
import { pickTable } from "./seed-large-appeals";

const arr = (values: string[]) => sql`${sql.param(values)}::text[]`;
const INVITATIONS_PER_EVENT = 50;

const topics = ["Political prisoners in Kazakhstan", "Post-elections scenarios in Ukraine, Moldova and Kazakhstan", "Freedom of assembly in Central Asia",
  "Extradition and Interpol abuse", "Media freedom after the January events", "Civil society under pressure", "Torture prevention in places of detention",
  "Religious freedom and the DCK ban", "Labour rights in the oil sector", "Exiles and transnational repression"];
const venues: Array<[string, string, string, string, string]> = [
  ["Palais de l'Europe", "Room 7", "Strasbourg", "FR", "Europe/Paris"],
  ["European Parliament, Altiero Spinelli building", "ASP 5G305", "Brussels", "BE", "Europe/Brussels"],
  ["Hofburg", "Ratsaal", "Vienna", "AT", "Europe/Vienna"],
  ["European Convention Centre", "Room E (Level 1)", "Luxembourg", "LU", "Europe/Luxembourg"],
  ["Palais des Nations", "Room XXIV", "Geneva", "CH", "Europe/Zurich"],
  ["Sejm", "Sala Kolumnowa", "Warsaw", "PL", "Europe/Warsaw"],
];
const kinds = ["side_event", "hearing", "press_conference", "conference", "mission", "webinar", "meeting"];
const forums = ["pace_session", "osce_hdim", "osce_pa_session", "european_parliament", "un_hrc", "national_parliament", "online", "other"];

export async function seedLargeEvents(db: Db, total: number, log: (line: string) => void): Promise<void> {
  const contactsCount = await pickTable(db);
  if (!contactsCount) throw new Error("Generate synthetic contacts first (--contacts N).");
  const batch = 2_000;
  const [{ start }] = rowsOf<{ start: number }>(await db.execute(sql`SELECT count(*)::int AS start FROM events WHERE description = 'seed-large'`));
  const titleForms = topics.map((t) => normalizeForSearch(t));
  for (let offset = start; offset < start + total; offset += batch) {
    const count = Math.min(batch, start + total - offset);
    // Starts spread from eight years ago to two years ahead; past events held (a few cancelled),
    // future ones planned, confirmed or with invitations out. Invitations: by j, 30 answered
    // (20 accepted, 6 declined, 4 tentative), 40 sent; past events: 15 of the accepted attended.
    await db.execute(sql`
      WITH g AS (SELECT ${offset}::bigint + s AS n FROM generate_series(1, ${count}) s),
      ins AS (
        INSERT INTO events (kind, forum, title, description, starts_at, ends_at, time_zone, venue, room, city, country, capacity, status, search_text, created_at, updated_at)
        SELECT (${arr(kinds)})[1 + n % ${kinds.length}]::event_kind, (${arr(forums)})[1 + n % ${forums.length}]::event_forum,
               (${arr(topics)})[1 + n % ${topics.length}] || ' (' || n || ')', 'seed-large', at, at + interval '2 hours',
               (${arr(venues.map((v) => v[4]))})[1 + n % ${venues.length}], (${arr(venues.map((v) => v[0]))})[1 + n % ${venues.length}],
               (${arr(venues.map((v) => v[1]))})[1 + n % ${venues.length}], (${arr(venues.map((v) => v[2]))})[1 + n % ${venues.length}],
               (${arr(venues.map((v) => v[3]))})[1 + n % ${venues.length}], 40 + (n % 80)::int,
               (CASE WHEN at < now() THEN (CASE WHEN n % 25 = 0 THEN 'cancelled' WHEN n % 3 = 0 THEN 'reported' ELSE 'held' END)
                     ELSE (ARRAY['planned','confirmed','invitations_sent'])[1 + n % 3] END)::event_status,
               (${arr(titleForms)})[1 + n % ${titleForms.length}] || ' ' || n, at - interval '90 days', at - interval '1 day'
          FROM g CROSS JOIN LATERAL (SELECT date_trunc('hour', now()) - make_interval(days => (2920 - (n * 37) % 3650)::int) + interval '10 hours' AS at) t
        RETURNING id, starts_at),
      e AS (SELECT id, starts_at, row_number() OVER (ORDER BY id) + ${offset}::bigint AS n FROM ins)
      INSERT INTO invitations (event_id, contact_id, invited_at, channel, sent_at, answer, answered_at, attendance, checked_in_at, rsvp_token_hash, rsvp_token_created_at)
      SELECT e.id, p.id, e.starts_at - interval '30 days',
             CASE WHEN j < 40 THEN 'email'::dispatch_channel END, CASE WHEN j < 40 THEN e.starts_at - interval '29 days' END,
             (CASE WHEN j < 20 THEN 'accepted' WHEN j < 26 THEN 'declined' WHEN j < 30 THEN 'tentative' ELSE 'pending' END)::invitation_answer,
             CASE WHEN j < 30 THEN e.starts_at - interval '20 days' END,
             (CASE WHEN e.starts_at < now() AND j < 15 THEN 'attended' WHEN e.starts_at < now() AND j < 20 THEN 'no_show' ELSE 'unknown' END)::attendance,
             CASE WHEN e.starts_at < now() AND j < 15 THEN e.starts_at END,
             md5(e.id::text || j) || md5(j || e.id::text), e.starts_at - interval '30 days'
        FROM e CROSS JOIN generate_series(0, ${INVITATIONS_PER_EVENT - 1}) j
        JOIN seed_large_pick p ON p.rn = 1 + (e.n * 15485863 + j * ${Math.floor(contactsCount / INVITATIONS_PER_EVENT)}) % ${contactsCount}
      ON CONFLICT DO NOTHING`);
    log(`${(offset + count - start).toLocaleString("en")} / ${total.toLocaleString("en")} events`);
  }
}
