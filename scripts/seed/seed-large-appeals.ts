// Appeals, recipients, dispatches, replies, sign-on letters and signatories for benchmarks, on top
// of the synthetic contacts of seed-large-contacts.ts, numbered after those already there. Rows are
// generated here as functions of their number and streamed with COPY in batches (a batch's appeals,
// then their recipients, dispatches and replies). Called by scripts/seed/seed-large.ts in bulk mode.
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "../../db/client";
import { searchText } from "../../lib/search/search-text";
import { picked, type Pick } from "./seed-large-contacts";
import { at, copyRows, DAY, day, HOUR, newId } from "./seed-large-copy";

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
const appealTitles = people.flatMap((p) => appealTypes.map(([, label]) => `${label}: ${p}`));
const letterTitles = people.flatMap((p) => letterKinds.map(([, label]) => `${label} on ${p}`));
const channels = ["email", "post", "fax", "web_form", "hand_delivery"];
const letterBodies = ["european_parliament", "pace", "osce_pa", "national_parliament"];
const letterStatuses = ["draft", "collecting", "closed", "dispatched", "reply_received"];

/** Appeal n. Status by n % 20: 2 drafts, 1 in review, 1 approved, 10 sent, 4 answered, 2 closed; created over ten years. */
function appeal(n: number, now: number) {
  const k = n % 20;
  const status = k < 2 ? "draft" : k === 2 ? "in_review" : k === 3 ? "approved" : k < 14 ? "sent" : k < 18 ? "response_received" : "closed";
  const rank = k < 2 ? 0 : k === 2 ? 1 : k === 3 ? 2 : 3;
  const created = now - (n % 3650) * DAY - (n % 24) * HOUR;
  return {
    id: newId(),
    type: appealTypes[n % appealTypes.length][0],
    title: `${appealTitles[n % appealTitles.length]} (${n})`,
    status,
    created,
    submitted: rank >= 1 ? created + 2 * DAY : null,
    approved: rank >= 2 ? created + 4 * DAY : null,
    sent: rank >= 3 ? created + 6 * DAY : null,
    closed: status === "closed" ? created + 60 * DAY : null,
    answered: status === "response_received" || status === "closed",
  };
}
type Appeal = ReturnType<typeof appeal>;
type Recipient = { id: string; appeal: Appeal; n: number; j: number; contact: Pick };

const appealRow = (a: Appeal) => {
  const subject = "seed-large";
  return [a.id, a.type, a.title, subject, "en", "{{salutation}},\n\nWe write about {{case_names}}.", a.status,
    a.submitted && at(a.submitted), a.approved && at(a.approved), a.sent && at(a.sent), a.closed && at(a.closed),
    searchText.appeal({ title: a.title, subject }), at(a.created), at(a.created)];
};

export async function seedLargeAppeals(tx: Tx, picks: Pick[], total: number, log: (line: string) => void): Promise<void> {
  const now = Date.now();
  const batch = 20_000;
  const [{ start }] = rowsOf<{ start: number }>(await tx.execute(sql`SELECT count(*)::int AS start FROM appeals WHERE subject = 'seed-large'`));
  for (let offset = start; offset < start + total; offset += batch) {
    const count = Math.min(batch, start + total - offset);
    const appeals = Array.from({ length: count }, (_, i) => ({ n: offset + 1 + i, a: appeal(offset + 1 + i, now) }));
    await copyRows(tx, "appeals", ["id", "type", "title", "subject", "language", "body_markdown", "status", "submitted_at", "approved_at", "sent_at",
      "closed_at", "search_text", "created_at", "updated_at"], appeals.map(({ a }) => appealRow(a)));
    const recipients: Recipient[] = appeals.flatMap(({ n, a }) =>
      picked(picks, n, 7919, RECIPIENTS_PER_APPEAL).map((contact, j) => ({ id: newId(), appeal: a, n, j, contact })));
    await copyRows(tx, "appeal_recipients", ["id", "appeal_id", "contact_id", "name", "title", "salutation", "email"],
      recipients.map((r) => [r.id, r.appeal.id, r.contact.id, r.contact.full_name, r.contact.title, `Dear ${r.contact.title ?? "Sir or Madam"}`, "recipient@example.org"]));
    // A dispatch per recipient once sent, the channels evenly spread; one reply to an answered
    // appeal, from its first recipient (any contact, as the picks are spread evenly).
    await copyRows(tx, "appeal_dispatches", ["recipient_id", "sent_on", "channel"],
      recipients.filter((r) => r.appeal.sent !== null).map((r) => [r.id, at(r.appeal.sent!), channels[(r.n * RECIPIENTS_PER_APPEAL + r.j) % channels.length]]));
    await copyRows(tx, "appeal_replies", ["appeal_id", "recipient_id", "received_on", "from_name", "summary"],
      recipients.filter((r) => r.appeal.answered && r.j === 0)
        .map((r) => [r.appeal.id, r.id, day(r.appeal.sent! + 20 * DAY), r.contact.full_name, "Acknowledged receipt"]));
    log(`${(offset + count - start).toLocaleString("en")} / ${total.toLocaleString("en")} appeals`);
  }
}

/** Letter n and its fifty parliamentarians; by position: 24 signed, 6 declined, 10 asked, the rest no reply. */
function* letterRows(from: number, to: number, now: number, signatories: unknown[][], picks: Pick[]) {
  for (let n = from; n <= to; n++) {
    const id = newId();
    const created = now - (n % 3650) * DAY;
    const title = `${letterTitles[n % letterTitles.length]} (${n})`;
    const addressee = "seed-large";
    picked(picks, n, 104729, SIGNATORIES_PER_LETTER).forEach((p, j) => {
      const status = j < 24 ? "signed" : j < 30 ? "declined" : j < 40 ? "asked" : "no_reply";
      signatories.push([id, p.id, status, day(created), j < 24 ? day(created + 10 * DAY) : null, p.country, p.political_group]);
    });
    yield [id, letterKinds[n % letterKinds.length][0], title, addressee, letterBodies[n % 4], 20 + (n % 21), letterStatuses[n % 5], day(created),
      searchText.letter({ title, addressee, referenceNumber: null }), at(created), at(created)];
  }
}

export async function seedLargeLetters(tx: Tx, picks: Pick[], total: number, log: (line: string) => void): Promise<void> {
  const now = Date.now();
  const batch = 5_000;
  const [{ start }] = rowsOf<{ start: number }>(await tx.execute(sql`SELECT count(*)::int AS start FROM letters WHERE addressee = 'seed-large'`));
  for (let offset = start; offset < start + total; offset += batch) {
    const count = Math.min(batch, start + total - offset);
    const signatories: unknown[][] = [];
    await copyRows(tx, "letters", ["id", "kind", "title", "addressee", "parliamentary_body", "target_signatures", "status", "deadline", "search_text",
      "created_at", "updated_at"], letterRows(offset + 1, offset + count, now, signatories, picks));
    await copyRows(tx, "letter_signatories", ["letter_id", "contact_id", "status", "asked_on", "signed_on", "country_snapshot", "political_group_snapshot"],
      signatories as Array<Array<string | number | null>>);
    log(`${(offset + count - start).toLocaleString("en")} / ${total.toLocaleString("en")} letters`);
  }
}
