// npm run bench:actions — how long the heavy things a user does take with the demo data (issue 16:
// "every action under 1 s"): imports, an appeal's workflow, a letter's pool, invitations, a merge.
// It calls the data-access functions the server actions call (not HTTP), as the demo officer and
// manager, on a scratch database of its own: created beside DATABASE_URL's (which is never
// touched), migrated, seeded with the demo data, and dropped at the end, also when a step fails.
// BENCH_RUNS sets how often a repeatable step runs (default 10). Needs PostgreSQL (DATABASE_URL).
// Run under the react-server condition so `server-only` modules load outside Next.
import "../env";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { desc, eq, inArray, sql } from "drizzle-orm";
import pg from "pg";
import type { Acting } from "../../lib/auth/authorize";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("Set DATABASE_URL to a PostgreSQL server: the benchmark creates (and drops) a database of its own there.");
  process.exit(1);
}
const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 10);
// Every write logs an audit line at "info": the figures would drown in them.
process.env.LOG_LEVEL ||= "warn";
// Invitations sign their RSVP links with AUTH_SECRET; a throwaway one does for a database that is dropped.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
const LIMIT_MS = 1000;

// ---------------------------------------------------------------- scratch database

const scratchName = `bench_actions_${process.pid}`;
async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
const scratchUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${scratchName}`;
  return url.toString();
})();

// ---------------------------------------------------------------- timing

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

let over = 0;
function report(label: string, times: number[], note = ""): void {
  const sorted = [...times].sort((a, b) => a - b);
  const worst = sorted.length > 1 ? percentile(sorted, 95) : sorted[0];
  const figures = sorted.length > 1
    ? `p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p95 ${worst.toFixed(1).padStart(7)} ms   (${sorted.length} runs)`
    : `once ${sorted[0].toFixed(1).padStart(7)} ms`;
  if (worst > LIMIT_MS) over++;
  console.log(`${label.padEnd(58)} ${figures}${note ? `   ${note}` : ""}${worst > LIMIT_MS ? "   OVER 1 s" : ""}`);
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Runs a section; a step whose API refuses (or that throws) is reported as skipped, and the rest goes on. */
async function section(title: string, body: () => Promise<void>): Promise<void> {
  console.log(`\n${title}`);
  try {
    await body();
  } catch (error) {
    console.log(`  skipped: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}

/**
 * Times each named step of `steps` over `count` fresh runs (a new appeal, letter, event each time):
 * a step that changes state cannot be repeated on the same input.
 */
async function pipeline(count: number, steps: (record: (label: string, ms: number) => void, i: number) => Promise<void>, notes: Record<string, string> = {}) {
  const times = new Map<string, number[]>();
  for (let i = 0; i < count; i++) await steps((label, ms) => times.set(label, [...(times.get(label) ?? []), ms]), i);
  for (const [label, list] of times) report(`  ${label}`, list, notes[label]);
}

/** A read repeated on the same input: warmed once, then timed `count` times. */
async function repeat(label: string, fn: () => Promise<unknown>, count = runs, note?: () => string) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push((await time(fn)).ms);
  report(`  ${label}`, times, note?.());
}

// ---------------------------------------------------------------- the benchmark

async function bench(): Promise<void> {
  // Imported only now: every module reads DATABASE_URL when it first opens the database.
  const { closeDatabase, db } = await import("../../db/client");
  const schema = await import("../../db/schema");
  const { extractContacts } = await import("../../lib/import/report/extract-contacts");
  const { previewReport, importReport } = await import("../../lib/contacts/import-report");
  const { reportImportSchema } = await import("../../lib/import/report/schema");
  const { checkCsv, importCsv, previewCsv } = await import("../../lib/contacts/import-csv");
  const { applyRoster, previewRoster } = await import("../../lib/contacts/import-roster");
  const { createAppeal } = await import("../../lib/appeals/mutations");
  const { appealFormSchema } = await import("../../lib/appeals/schema");
  const { addRecipientsFromList } = await import("../../lib/appeals/recipients");
  const { approveAppeal, markSent, submitAppeal } = await import("../../lib/appeals/transitions");
  const { createLetter } = await import("../../lib/letters/mutations");
  const { letterFormSchema } = await import("../../lib/letters/schema");
  const { addPoolFromFilters, addPoolFromList, bulkSetStatus } = await import("../../lib/letters/pool");
  const { createEvent } = await import("../../lib/events/mutations");
  const { eventFormSchema } = await import("../../lib/events/schema");
  const { generateTexts, inviteList } = await import("../../lib/invitations/mutations");
  const { createContact } = await import("../../lib/contacts/mutations");
  const { contactFormSchema } = await import("../../lib/contacts/schema");
  const { addContactsToList, createList } = await import("../../lib/lists/mutations");
  const { mergeContacts } = await import("../../lib/contacts/merge");
  const { mergeSchema } = await import("../../lib/contacts/merge-schema");
  const { searchEverywhere } = await import("../../lib/search/everywhere");

  try {
    const demo = await db.select({ id: schema.users.id, email: schema.users.email, role: schema.users.role }).from(schema.users)
      .where(inArray(schema.users.email, ["officer@demo.test", "manager@demo.test"]));
    const officer: Acting | undefined = demo.find((u) => u.role === "officer");
    const manager: Acting | undefined = demo.find((u) => u.role === "manager");
    if (!officer || !manager) throw new Error("The seeded demo officer and manager are missing.");
    const [{ n: contactCount }] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.contacts);
    console.log(`demo data: ${contactCount} contacts; acting as ${officer.email} and ${manager.email}; repeatable steps ${runs} runs each`);
    const today = new Date().toISOString().slice(0, 10);

    // The largest list of the moment, for the steps that take "a list".
    const largestList = async () => {
      const [row] = await db
        .select({ id: schema.contactLists.id, name: schema.contactLists.name, members: sql<number>`count(${schema.contactListMembers.contactId})::int` })
        .from(schema.contactLists)
        .leftJoin(schema.contactListMembers, eq(schema.contactListMembers.listId, schema.contactLists.id))
        .groupBy(schema.contactLists.id)
        .orderBy(desc(sql`count(${schema.contactListMembers.contactId})`))
        .limit(1);
      if (!row) throw new Error("No contact list in the demo data.");
      return row;
    };

    await section("contacts from a report (tests/fixtures/report-dck-ban-2018.txt)", async () => {
      const text = readFileSync(path.join(process.cwd(), "tests", "fixtures", "report-dck-ban-2018.txt"), "utf8");
      const reportName = "Report: DCK ban (2018)";
      await repeat("extract contacts (text only)", async () => extractContacts(text), runs, () => `${extractContacts(text).length} entries`);
      await repeat("preview (extract + duplicates + review rows)", () => previewReport(officer, { reportName, text }));
      const submit = async () => {
        const preview = await previewReport(officer, { reportName, text });
        return reportImportSchema.parse({ reportName, importKey: preview.importKey, rows: preview.rows });
      };
      // The import timed alone, without the preview that made its rows: a fresh review (and key) each time.
      const values = await submit();
      const once = await time(() => importReport(officer, values));
      report("  import (first)", [once.ms], `${once.value.created} created, ${once.value.merged} updated, list of ${once.value.listMembers}`);
      const again: number[] = [];
      let last = once.value;
      for (let i = 0; i < runs; i++) {
        const v = await submit();
        const r = await time(() => importReport(officer, v));
        again.push(r.ms);
        last = r.value;
      }
      report("  re-import (new review of the same report)", again, `${last.created} created, ${last.merged} updated`);
    });

    const mepCsv = readFileSync(path.join(process.cwd(), "lib", "import", "testdata", "rosters", "meps-current-term.csv"));
    const csvFile = (fileName = "meps-current-term.csv") => ({ fileName, bytes: new Uint8Array(mepCsv) });

    await section("contacts CSV (lib/import/testdata/rosters/meps-current-term.csv)", async () => {
      await repeat("preview (encoding, delimiter, mapping)", () => previewCsv(officer, csvFile()));
      const { mapping } = await previewCsv(officer, csvFile());
      const asMeps = { mapping, body: "european_parliament" as const };
      await repeat("dry run (check every row)", () => checkCsv(officer, { file: csvFile(), ...asMeps }));
      const first = await time(() => importCsv(officer, { file: csvFile(), ...asMeps, options: { existing: "skip", listName: "Bench — MEPs from CSV" }, jobId: randomUUID() }));
      report("  import (first, with a new list)", [first.ms], `${first.value.created} created, ${first.value.updated} updated`);
      const again: number[] = [];
      for (let i = 0; i < runs; i++) again.push((await time(() => importCsv(officer, { file: csvFile(`meps-${i}.csv`), ...asMeps, options: { existing: "update", listName: "" } }))).ms);
      report("  re-import, existing contacts updated", again);
    });

    await section("EP roster (the same MEP CSV)", async () => {
      const upload = { body: "european_parliament" as const, fileName: "meps-current-term.csv", content: mepCsv.toString("base64") };
      await repeat("preview", () => previewRoster(officer, upload));
      const first = await time(() => applyRoster(officer, upload));
      const c = first.value.counts;
      report("  import (first)", [first.ms], `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged`);
      const again: number[] = [];
      for (let i = 0; i < runs; i++) again.push((await time(() => applyRoster(officer, upload))).ms);
      report("  re-import (nothing changed)", again);
    });

    await section("appeal: create, add a list of recipients, submit, approve, mark all sent", async () => {
      const list = await largestList();
      const version = async (id: string) => (await db.select({ v: schema.appeals.version }).from(schema.appeals).where(eq(schema.appeals.id, id)))[0].v;
      let recipients = 0;
      await pipeline(runs, async (record, i) => {
        const values = appealFormSchema.parse({
          type: "urgent_appeal", title: `Bench appeal ${i}`, language: "en", campaignId: "", caseIds: [],
          subject: "Urgent: {{case_names}}", bodyMarkdown: "{{salutation}},\n\nWe are gravely concerned about {{case_names}}.",
        });
        const created = await time(() => createAppeal(officer, values));
        record("create", created.ms);
        const id = created.value.id;
        const added = await time(() => addRecipientsFromList(officer, { appealId: id, listId: list.id }));
        record("add recipients from a list", added.ms);
        const submitted = await time(async () => submitAppeal(officer, { id, version: await version(id) }));
        record("submit", submitted.ms);
        record("approve", (await time(() => approveAppeal(manager, { id, version: submitted.value.version }))).ms);
        const ids = (await db.select({ id: schema.appealRecipients.id }).from(schema.appealRecipients).where(eq(schema.appealRecipients.appealId, id))).map((r) => r.id);
        recipients = ids.length;
        record("mark all sent", (await time(() => markSent(officer, { appealId: id, recipientIds: ids, sentOn: today, channel: "email" }))).ms);
      }, {});
      console.log(`  (list “${list.name}”: ${list.members} members, ${recipients} recipients per appeal)`);
    });

    await section("letter: build the pool (filters, a list), bulk status change", async () => {
      const list = await largestList();
      let pool = 0;
      await pipeline(runs, async (record, i) => {
        const values = letterFormSchema.parse({
          kind: "joint_letter", title: `Bench letter ${i}`, addressee: "President Kassym-Jomart Tokayev", parliamentaryBody: "european_parliament", language: "en",
          body: "We, the undersigned Members of the European Parliament...", outreachTemplate: "{{salutation}} would you sign “{{letter_title}}” by {{deadline}}?",
          targetSignatures: "20", deadline: "2027-12-01", campaignId: "", caseIds: [], status: "draft",
        });
        const { id: letterId } = await createLetter(officer, values);
        record("pool from filters (all MEPs)", (await time(() => addPoolFromFilters(officer, { letterId, body: "european_parliament", country: "", group: "", committee: "" }))).ms);
        record("pool from a list", (await time(() => addPoolFromList(officer, { letterId, listId: list.id }))).ms);
        const ids = (await db.select({ id: schema.letterSignatories.id }).from(schema.letterSignatories).where(eq(schema.letterSignatories.letterId, letterId)).limit(500)).map((r) => r.id);
        pool = ids.length;
        record("bulk status → asked (whole pool)", (await time(() => bulkSetStatus(officer, { letterId, signatoryIds: ids, status: "asked", on: today }))).ms);
      });
      console.log(`  (pool of ${pool} per letter)`);
    });

    await section("invitations: invite a list to an event, generate the texts", async () => {
      const list = await largestList();
      await pipeline(runs, async (record, i) => {
        const values = eventFormSchema.parse({
          kind: "side_event", forum: "osce_pa_session", title: `Bench event ${i}`, description: "Side-event benchmark.",
          startDate: "2027-07-04", startTime: "12:30", endDate: "", endTime: "14:30", allDay: false, timeZone: "Europe/Luxembourg",
          venue: "European Convention Centre", room: "Room E", city: "Luxembourg", country: "LU", onlineUrl: "", capacity: "80",
          coordinatorId: "", campaignId: "", caseIds: [],
        });
        const { id: eventId } = await createEvent(manager, values);
        record(`invite a list (${list.members} members)`, (await time(() => inviteList(manager, { eventId, listId: list.id }))).ms);
        record("generate texts", (await time(() => generateTexts(manager, { eventId, force: false }))).ms);
      });
    });

    await section("contact merge (two fresh contacts sharing an e-mail, both on a list)", async () => {
      const { id: listId } = await createList(officer, { name: "Bench — merge", description: "" });
      const emptyForm = {
        kind: "person", honorific: "", firstName: "", lastName: "", fullName: "", nameNative: "", title: "", organizationId: "",
        newOrganizationName: "", department: "", institutionType: "", country: "", postalAddress: "", webFormUrl: "", salutation: "",
        language: "", parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "", notes: "",
        doNotContact: false, doNotContactReason: "", emails: [], phones: [],
      };
      await pipeline(runs, async (record, i) => {
        const mail = `merge-${i}-${randomUUID().slice(0, 6)}@example.org`;
        const make = (fullName: string, title: string) =>
          createContact(officer, contactFormSchema.parse({ ...emptyForm, fullName, title, notes: `Bench ${i}`, emails: [{ value: mail, label: "", primary: true }], phones: [{ value: "+32 2 284 2111", label: "", primary: true }] }));
        const { id: a } = await make(`Zhanara Akhmetova ${i}`, "Journalist");
        const { id: b } = await make(`Жанара Ахметова ${i}`, "Editor");
        await addContactsToList(officer, listId, [a, b]);
        const versions = await db.select({ id: schema.contacts.id, v: schema.contacts.version }).from(schema.contacts).where(inArray(schema.contacts.id, [a, b]));
        const v = (id: string) => versions.find((r) => r.id === id)!.v;
        const input = mergeSchema.parse({ survivorId: a, absorbedId: b, survivorVersion: v(a), absorbedVersion: v(b), choices: { title: b } });
        record("merge", (await time(() => mergeContacts(manager, input))).ms);
      });
    });

    await section("search everywhere (palette), a read for comparison", async () => {
      for (const q of ["akhmetova", "dck", "european parliament"]) {
        let hits = 0;
        await repeat(`q=${q}`, async () => {
          const r = await searchEverywhere(officer, q);
          hits = r.groups.reduce((s, g) => s + g.hits.length, 0);
        }, runs, () => `${hits} hits`);
      }
    });
  } finally {
    await closeDatabase();
  }
}

// ---------------------------------------------------------------- main

await onServer(`CREATE DATABASE ${scratchName}`);
let failed = false;
try {
  process.env.DATABASE_URL = scratchUrl;
  const { migrateDatabase } = await import("../../db/migrate");
  const { seedIfEmpty } = await import("../seed/seed-if-empty");
  const setup = await time(async () => {
    await migrateDatabase(scratchUrl);
    await seedIfEmpty(false);
  });
  console.log(`scratch database ${scratchName}: migrated and seeded in ${(setup.ms / 1000).toFixed(1)} s`);
  await bench();
  console.log(over ? `\n${over} step(s) OVER 1 s` : "\nevery step under 1 s");
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await onServer(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
  console.log(`scratch database ${scratchName} dropped`);
}
process.exit(failed ? 1 : 0);
