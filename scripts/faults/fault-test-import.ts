// Fault 2: the app is killed (SIGKILL, as on a power cut) in the middle of a large CSV import. The
// database must then hold all of the file or none of it; after a restart the same file imports
// completely, and importing it once more creates nothing new.
import { randomUUID } from "node:crypto";
import { actionId, callAction, type App } from "./fault-test-app";
import { query } from "./fault-test-cluster";

export const importRows = Number(process.env.FAULT_IMPORT_ROWS || 20_000);
const organizationCount = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A semicolon-separated file of `rows` people with unique e-mails, generated for this run. */
function peopleCsv(tag: string): string {
  const lines = ["Name;Email;Phone;Organization;Job title"];
  for (let i = 1; i <= importRows; i++) {
    lines.push(`Person ${i} ${tag};p${i}.${tag}@example.org;+32 2 284 ${String(10_000 + i)};Fault Org ${tag} ${i % organizationCount};Adviser`);
  }
  return lines.join("\n");
}

type Counts = { contacts: number; emails: number; organizations: number; audits: number };

async function counts(dbUrl: string, tag: string, fileName: string): Promise<Counts> {
  const [row] = await query<Counts>(
    dbUrl,
    `SELECT (SELECT count(*)::int FROM contacts WHERE source = 'import:csv' AND source_ref = $2) AS contacts,
            (SELECT count(*)::int FROM contact_emails WHERE email LIKE '%.' || $1 || '@example.org') AS emails,
            (SELECT count(*)::int FROM organizations WHERE name LIKE 'Fault Org ' || $1 || ' %') AS organizations,
            (SELECT count(*)::int FROM audit_entries WHERE action = 'import' AND summary LIKE 'CSV ' || $2 || ':%') AS audits`,
    [tag, fileName],
  );
  return row;
}

const none: Counts = { contacts: 0, emails: 0, organizations: 0, audits: 0 };
const all: Counts = { contacts: importRows, emails: importRows, organizations: organizationCount, audits: 1 };
const same = (a: Counts, b: Counts) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `restart` brings the app back after the kill (the session lives in the database, so the same
 * cookie still signs the officer in).
 */
export async function importKillTest(app: App, restart: () => Promise<App>, dbUrl: string, cookie: string): Promise<string[]> {
  const failures: string[] = [];
  const id = actionId("app/(app)/contacts/import/actions.ts", "importCsvAction");
  const tag = randomUUID().slice(0, 8);
  const fileName = `fault-import-${tag}.csv`;
  const text = peopleCsv(tag);
  const input = (jobId: string) => ({ fileName, text, mapping: ["fullName", "email", "phone", "organization", "title"], options: { existing: "skip", listName: "" }, jobId });

  const jobId = randomUUID();
  const started = Date.now();
  const pending = callAction(app.base, "/contacts/import", id, cookie, input(jobId), 180_000);
  let answered = false;
  void pending.then(() => (answered = true));

  // Killed once the import's transaction is open and a fifth of the rows are written into it.
  let killedAt: { processed: number; openTransactions: number; ms: number } | null = null;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !answered) {
    const [job] = await query<{ processed: number; status: string }>(dbUrl, "SELECT processed, status FROM import_jobs WHERE id = $1", [jobId]);
    if (job && job.processed >= importRows / 5) {
      const [{ n }] = await query<{ n: number }>(
        dbUrl,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND xact_start IS NOT NULL AND state IN ('active', 'idle in transaction')`,
      );
      await app.kill("SIGKILL");
      killedAt = { processed: job.processed, openTransactions: n, ms: Date.now() - started };
      break;
    }
    await sleep(50);
  }
  const reply = await pending;
  if (!killedAt) {
    failures.push(`the import ended before it could be killed (answer ${reply.status} ${reply.body.slice(0, 200)})`);
    return failures;
  }
  if (reply.result) failures.push(`the killed import still answered: ${JSON.stringify(reply.result)}`);
  if (killedAt.openTransactions === 0) failures.push("no open transaction when the app was killed: the kill was not mid-import");

  // PostgreSQL rolls the transaction back once it sees the connection gone.
  const settle = Date.now() + 20_000;
  while (Date.now() < settle) {
    const [{ n }] = await query<{ n: number }>(dbUrl, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    if (n === 0) break;
    await sleep(100);
  }
  const afterKill = await counts(dbUrl, tag, fileName);
  const [job] = await query<{ status: string; processed: number }>(dbUrl, "SELECT status, processed FROM import_jobs WHERE id = $1", [jobId]);
  console.log(
    `  import of ${importRows} rows (${(text.length / 1e6).toFixed(1)} MB) killed ${killedAt.ms} ms after the upload, at ${killedAt.processed} rows written, ${killedAt.openTransactions} transaction(s) open`,
  );
  console.log(`  after the kill: ${JSON.stringify(afterKill)}; job row ${JSON.stringify(job)}`);
  if (!same(afterKill, none) && !same(afterKill, all)) failures.push(`after the kill the database holds part of the import: ${JSON.stringify(afterKill)}`);

  const revived = await restart();
  const rerunStarted = Date.now();
  const rerun = await callAction(revived.base, "/contacts/import", id, cookie, input(randomUUID()), 180_000);
  const afterRerun = await counts(dbUrl, tag, fileName);
  console.log(`  re-run after restart: ${JSON.stringify(rerun.result)} in ${Date.now() - rerunStarted} ms; ${JSON.stringify(afterRerun)}`);
  if (rerun.result?.ok !== true) failures.push(`the re-run after the restart failed: ${rerun.status} ${rerun.error ?? rerun.body.slice(0, 300)}`);
  if (!same(afterRerun, all)) failures.push(`after the re-run the database holds ${JSON.stringify(afterRerun)}, expected ${JSON.stringify(all)}`);

  const again = await callAction(revived.base, "/contacts/import", id, cookie, input(randomUUID()), 180_000);
  const afterAgain = await counts(dbUrl, tag, fileName);
  console.log(`  same file once more: ${JSON.stringify(again.result)}; ${JSON.stringify(afterAgain)}`);
  const data = again.result?.data as { created?: number; skipped?: number } | undefined;
  if (again.result?.ok !== true || data?.created !== 0 || data?.skipped !== importRows) failures.push(`importing the file again did not skip every row: ${again.body.slice(0, 300)}`);
  if (afterAgain.contacts !== importRows || afterAgain.emails !== importRows || afterAgain.organizations !== organizationCount) {
    failures.push(`importing the file again duplicated rows: ${JSON.stringify(afterAgain)}`);
  }
  return failures;
}
