// Events and invitations for benchmarks, on top of the synthetic contacts of
// seed-large-contacts.ts: side-events, hearings and conferences over ten years (some upcoming),
// each with fifty invited contacts at every stage of the funnel, numbered after those already
// there. Generated here as functions of their number and streamed with COPY in batches; every
// invitation gets a random token hash so the RSVP lookup meets a full index.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import { searchText } from "../../lib/search/search-text";
import { picked, type Pick } from "./seed-large-contacts";
import { at, copyRows, DAY, HOUR, newId } from "./seed-large-copy";

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

/**
 * Event n: starts spread from eight years ago to two years ahead; past events held (a few
 * cancelled), future ones planned, confirmed or with invitations out. Invitations by position: 30
 * answered (20 accepted, 6 declined, 4 tentative), 40 sent; past events: 15 of the accepted attended.
 */
function* eventRows(from: number, to: number, now: number, invitations: unknown[][], picks: Pick[]) {
  const hour = Math.floor(now / HOUR) * HOUR;
  for (let n = from; n <= to; n++) {
    const id = newId();
    const starts = hour - (2920 - ((n * 37) % 3650)) * DAY + 10 * HOUR;
    const past = starts < now;
    const [venue, room, city, country, timeZone] = venues[n % venues.length];
    const title = `${topics[n % topics.length]} (${n})`;
    const description = "seed-large";
    const status = past ? (n % 25 === 0 ? "cancelled" : n % 3 === 0 ? "reported" : "held") : ["planned", "confirmed", "invitations_sent"][n % 3];
    picked(picks, n, 15485863, INVITATIONS_PER_EVENT).forEach((p, j) => {
      const answer = j < 20 ? "accepted" : j < 26 ? "declined" : j < 30 ? "tentative" : "pending";
      const attendance = past && j < 15 ? "attended" : past && j < 20 ? "no_show" : "unknown";
      invitations.push([id, p.id, at(starts - 30 * DAY), j < 40 ? "email" : null, j < 40 ? at(starts - 29 * DAY) : null, answer,
        j < 30 ? at(starts - 20 * DAY) : null, attendance, attendance === "attended" ? at(starts) : null, randomBytes(32).toString("hex"), at(starts - 30 * DAY)]);
    });
    yield [id, kinds[n % kinds.length], forums[n % forums.length], title, description, at(starts), at(starts + 2 * HOUR), timeZone, venue, room, city,
      country, 40 + (n % 80), status, searchText.event({ title, venue, city, description }), at(starts - 90 * DAY), at(starts - DAY)];
  }
}

export async function seedLargeEvents(tx: Tx, picks: Pick[], total: number, log: (line: string) => void): Promise<void> {
  const now = Date.now();
  const batch = 2_000;
  const [{ start }] = rowsOf<{ start: number }>(await tx.execute(sql`SELECT count(*)::int AS start FROM events WHERE description = 'seed-large'`));
  for (let offset = start; offset < start + total; offset += batch) {
    const count = Math.min(batch, start + total - offset);
    const invitations: unknown[][] = [];
    await copyRows(tx, "events", ["id", "kind", "forum", "title", "description", "starts_at", "ends_at", "time_zone", "venue", "room", "city", "country",
      "capacity", "status", "search_text", "created_at", "updated_at"], eventRows(offset + 1, offset + count, now, invitations, picks));
    await copyRows(tx, "invitations", ["event_id", "contact_id", "invited_at", "channel", "sent_at", "answer", "answered_at", "attendance", "checked_in_at",
      "rsvp_token_hash", "rsvp_token_created_at"], invitations as Array<Array<string | null>>);
    log(`${(offset + count - start).toLocaleString("en")} / ${total.toLocaleString("en")} events`);
  }
}
