// Fault 1: PostgreSQL crashes (pg_ctl stop -m immediate) and comes back while officers keep saving
// contacts and opening the contacts page. The app process must live through it, requests during
// the gap must fail cleanly and within a bound, writes must work again afterwards, and every
// write the app acknowledged must be in the database.
import { randomUUID } from "node:crypto";
import { actionId, callAction, leak, type App } from "./fault-test-app";
import { query, type Cluster } from "./fault-test-cluster";

const writers = 4;
const readers = 2;
/** A request taking longer than this during the gap counts as a hang. */
const requestBound = 15_000;
const genericFailure = "Something went wrong on our side. Nothing was saved; please try again.";

type Outcome = { kind: "write" | "read"; at: number; ms: number; ok: boolean; how: string; problem?: string; id?: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function restartTest(app: App, cluster: Cluster, dbUrl: string, cookie: string): Promise<string[]> {
  const createContact = actionId("app/(app)/contacts/actions.ts", "createContactAction");
  const tag = randomUUID().slice(0, 8);
  const outcomes: Outcome[] = [];
  const failures: string[] = [];
  let stop = false;
  let seq = 0;
  let failedPage = "";

  async function writeLoop(w: number) {
    while (!stop) {
      const n = ++seq;
      const at = Date.now();
      const res = await callAction(app.base, "/contacts/new", createContact, cookie, contactInput(tag, w, n), requestBound);
      const o: Outcome = { kind: "write", at, ms: res.ms, ok: res.result?.ok === true, how: res.result ? `action ok:${res.result.ok}` : `HTTP ${res.status || res.error}` };
      if (o.ok) o.id = (res.result?.data as { id: string }).id;
      else if (res.error) o.problem = `no answer (${res.error})`;
      else if (leak.test(res.body)) o.problem = `leaks internals: ${res.body.slice(0, 300)}`;
      else if (res.status >= 500) o.problem = undefined; // a plain server error page: clean
      else if (res.result?.formError !== genericFailure) o.problem = `unexpected answer ${res.status}: ${res.body.slice(0, 300)}`;
      outcomes.push(o);
      await sleep(o.ok ? 50 : 200);
    }
  }

  async function readLoop() {
    while (!stop) {
      const at = Date.now();
      let o: Outcome;
      try {
        const res = await fetch(`${app.base}/contacts?q=${tag}`, { headers: { Cookie: cookie }, redirect: "manual", signal: AbortSignal.timeout(requestBound) });
        const body = await res.text();
        // The page's own description: present only when the page itself rendered, not its error boundary.
        const ok = res.status === 200 && body.includes("People and institutions we write to") && !body.includes("This page could not be loaded");
        if (!ok && !failedPage) failedPage = `HTTP ${res.status}: ${visibleText(body).slice(0, 200)}`;
        o = { kind: "read", at, ms: Date.now() - at, ok, how: ok ? "page" : body.includes("This page could not be loaded") ? `HTTP ${res.status} error page` : `HTTP ${res.status} other` };
        if (leak.test(body)) o.problem = `page leaks internals (${res.status}): “${leak.exec(body)?.[0]}”`;
        else if (!ok && res.status === 307) o.problem = `redirected to ${res.headers.get("location")}: a database outage signs people out`;
      } catch (error) {
        o = { kind: "read", at, ms: Date.now() - at, ok: false, how: "no answer", problem: `no answer (${(error as Error).name})` };
      }
      outcomes.push(o);
      await sleep(100);
    }
  }

  const loops = [...Array.from({ length: writers }, (_, w) => writeLoop(w)), ...Array.from({ length: readers }, () => readLoop())];
  // Running normally first: ten writes acknowledged (a loaded machine may take a while to warm up).
  const acknowledged0 = () => outcomes.filter((o) => o.kind === "write" && o.ok).length;
  const warmUp = Date.now() + 30_000;
  while (acknowledged0() < 10 && Date.now() < warmUp) await sleep(100);
  if (acknowledged0() === 0) failures.push("no write succeeded before the crash: the test never got going");

  const down = Date.now();
  await cluster.stop("immediate");
  await sleep(3_000);
  const restarting = Date.now();
  await cluster.start();
  const up = Date.now();

  // Until ten writes in a row have succeeded after the restart (or 45 s have passed).
  const deadline = Date.now() + 45_000;
  let recoveredAt: number | null = null;
  while (Date.now() < deadline) {
    const after = outcomes.filter((o) => o.kind === "write" && o.at >= up);
    const last10 = after.slice(-10);
    if (last10.length === 10 && last10.every((o) => o.ok)) {
      recoveredAt = after.find((o) => o.ok)!.at;
      break;
    }
    await sleep(200);
  }
  stop = true;
  await Promise.all(loops);

  if (!app.alive()) failures.push(`the app process died:\n${app.log().slice(-3000)}`);
  if (recoveredAt === null) failures.push("writes did not succeed again within 45 s of PostgreSQL's restart");
  const inGap = outcomes.filter((o) => o.at >= down && o.at < up);
  if (!inGap.some((o) => !o.ok)) failures.push("no request failed while PostgreSQL was down: the gap was not exercised");
  for (const o of outcomes) if (o.problem) failures.push(`${o.kind} at +${o.at - down} ms: ${o.problem}`);
  const slow = outcomes.filter((o) => !o.ok && o.ms >= requestBound);
  if (slow.length) failures.push(`${slow.length} requests hung for ${requestBound / 1000} s or more`);

  const acknowledged = outcomes.filter((o) => o.kind === "write" && o.ok).map((o) => o.id!);
  const found = await query<{ id: string }>(dbUrl, "SELECT id FROM contacts WHERE id = ANY($1::uuid[])", [acknowledged]);
  const foundIds = new Set(found.map((r) => r.id));
  const missing = acknowledged.filter((id) => !foundIds.has(id));
  if (missing.length) failures.push(`${missing.length} acknowledged writes are missing from the database: ${missing.slice(0, 5).join(", ")}`);
  const [{ n: stored }] = await query<{ n: number }>(dbUrl, "SELECT count(*)::int AS n FROM contacts WHERE full_name LIKE $1", [`Fault ${tag} %`]);
  const audited = await query<{ n: number }>(dbUrl, "SELECT count(*)::int AS n FROM audit_entries WHERE entity = 'contact' AND action = 'create' AND entity_id = ANY($1::text[])", [acknowledged]);

  const writes = outcomes.filter((o) => o.kind === "write");
  const reads = outcomes.filter((o) => o.kind === "read");
  const maxFailMs = Math.max(0, ...outcomes.filter((o) => !o.ok).map((o) => o.ms));
  console.log(
    [
      `  writes: ${writes.length} attempted, ${acknowledged.length} acknowledged, ${writes.length - acknowledged.length} failed (${stored} rows stored; ${stored - acknowledged.length} of them from failed requests)`,
      `  audit entries for acknowledged writes: ${audited[0].n}/${acknowledged.length}`,
      `  reads: ${reads.length} attempted, ${reads.filter((o) => o.ok).length} answered, ${reads.filter((o) => !o.ok).length} failed`,
      `  PostgreSQL down ${restarting - down} ms, started in ${up - restarting} ms; first write succeeded ${recoveredAt === null ? "never" : `${recoveredAt - up} ms after start`}`,
      `  failures in the gap: ${inGap.filter((o) => !o.ok).length} of ${inGap.length} requests; slowest failure ${maxFailMs} ms`,
      `  a failed page shows: ${failedPage || "(none failed)"}`,
      `  failed requests by answer: ${JSON.stringify(tally(outcomes.filter((o) => !o.ok).map((o) => `${o.kind} ${o.how}`)))}`,
    ].join("\n"),
  );
  if (audited[0].n !== acknowledged.length) failures.push(`audit entries ${audited[0].n} ≠ acknowledged writes ${acknowledged.length}`);
  return failures;
}

function contactInput(tag: string, w: number, n: number) {
  return {
    kind: "person", honorific: "", firstName: "", lastName: "", fullName: `Fault ${tag} w${w} n${n}`, nameNative: "", title: "", organizationId: "",
    newOrganizationName: "", department: "", institutionType: "", country: "", postalAddress: "", webFormUrl: "", salutation: "", language: "",
    parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "fault-test", notes: "", doNotContact: false, doNotContactReason: "",
    emails: [{ value: `fault.${tag}.${n}@example.org`, label: "", primary: true }], phones: [],
  };
}

function tally(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}

const visibleText = (html: string) =>
  html.replace(/<(script|style)[\s\S]*?<\/\1>/g, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
