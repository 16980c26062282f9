// npm run scale:check — shows that no app instance keeps state of its own: whatever one instance
// is told, the other knows, because it lives in PostgreSQL. Run it against two instances of one
// build on one database, e.g. those of `npm run scale:cluster -- 2 3000` (3001 and 3002):
//
//   SCALE_A=http://127.0.0.1:3001 SCALE_B=http://127.0.0.1:3002 DATABASE_URL=… npm run scale:check
//
// 1. signed in through A, the session works on B;
// 2. signed out through B, the same cookie is refused by A;
// 3. wrong passwords sent alternately to A and B add up to one lock (the throttle's count);
// 4. a CSV import started in a browser on A: its progress and result are read from B.
// Cookies are per host, not per port, so one browser holds the session for both. Uses the demo
// officer (DEMO_PASSWORD) and writes: a few contacts named "Scale check …", a throttle row.
import pg from "pg";
import { chromium } from "@playwright/test";
import { httpSession } from "../bench/bench-lib";

const a = (process.env.SCALE_A || "http://127.0.0.1:3001").replace(/\/$/, "");
const b = (process.env.SCALE_B || "http://127.0.0.1:3002").replace(/\/$/, "");
const email = process.env.SCALE_EMAIL || "officer@demo.test";
const password = process.env.DEMO_PASSWORD || "advocacy-demo";
const importRows = Number(process.env.SCALE_IMPORT_ROWS || 20000);
if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL: the database both instances use (for the throttle check).");

let failed = 0;
function report(ok: boolean, what: string, detail = "") {
  if (!ok) failed++;
  console.log(`${ok ? "✓" : "✗"} ${what}${detail ? ` — ${detail}` : ""}`);
}

/** GET with a cookie, without following redirects: 200, or 3xx to where. */
async function status(base: string, path: string, cookie: string): Promise<string> {
  const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  return res.status >= 300 && res.status < 400 ? `${res.status} → ${new URL(res.headers.get("location") ?? "", base).pathname}` : String(res.status);
}

// 1 and 2: the session.
process.env.BENCH_EMAIL = email;
process.env.BENCH_PASSWORD = password;
const session = await httpSession(a);
const onB = await status(b, "/contacts", session.cookie);
report(onB === "200", "signed in through A, /contacts answers on B", onB);
const csrf = (await (await fetch(`${b}/api/auth/csrf`, { headers: { cookie: session.cookie } })).json()) as { csrfToken: string };
await fetch(`${b}/api/auth/signout`, {
  method: "POST",
  headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ csrfToken: csrf.csrfToken }),
  redirect: "manual",
});
const onA = await status(a, "/contacts", session.cookie);
report(onA.includes("/login"), "signed out through B, the same cookie is sent to the sign-in page by A", onA);

// 3: the sign-in throttle. An address with no account: it is counted all the same (no enumeration).
const probe = `scale-check-${Date.now().toString(36)}@example.test`;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
try {
  for (let i = 0; i < 6; i++) {
    const base = i % 2 ? b : a;
    const jar = await fetch(`${base}/api/auth/csrf`);
    const cookie = jar.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await jar.json()) as { csrfToken: string };
    await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email: probe, password: "wrong-password" }),
      redirect: "manual",
    });
  }
  const { rows } = await client.query<{ failures: number; locked: boolean }>(
    "SELECT failures, locked_until > now() AS locked FROM login_throttle WHERE email = $1",
    [probe],
  );
  report(rows[0]?.locked === true, "six wrong passwords, three through each instance, lock the address once", `failures ${rows[0]?.failures ?? 0}, locked ${rows[0]?.locked ?? false}`);
  await client.query("DELETE FROM login_throttle WHERE email = $1", [probe]);
} finally {
  await client.end();
}

// 4: an import on A, its progress read on B.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || undefined,
  args: ["--no-sandbox", "--disable-background-networking"],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${a}/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();

  const run = Date.now().toString(36);
  const lines = ["Full name,E-mail,Country"];
  for (let i = 0; i < importRows; i++) lines.push(`Scale check ${run} ${i},scale.${run}.${i}@example.test,KZ`);
  await page.goto(`${a}/contacts/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: `scale-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  const importButton = page.getByRole("button", { name: /^Import [\d,]+ rows?$/ });
  await importButton.waitFor({ timeout: 120_000 });

  // The browser polls A for the job it started; the same job is then read from B.
  const job = new Promise<string>((resolve) =>
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/contacts/import/progress" && url.searchParams.get("job")) resolve(url.searchParams.get("job")!);
    }),
  );
  await importButton.click();
  const jobId = await Promise.race([job, new Promise<string>((_, reject) => setTimeout(() => reject(new Error("the import page never polled its progress")), 60_000))]);
  const readings: Array<{ status: string; processed: number; total: number }> = [];
  for (let i = 0; i < 600; i++) {
    const res = await context.request.get(`${b}/contacts/import/progress?job=${jobId}`);
    const body = (await res.json()) as { status: string; processed: number; total: number } | null;
    if (body) readings.push(body);
    if (body && body.status !== "running") break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const last = readings.at(-1);
  const midway = readings.filter((r) => r.status === "running" && r.processed > 0 && r.processed < r.total).length;
  report(last?.status === "done" && last.processed === importRows, `a ${importRows.toLocaleString("en")}-row import started on A is read on B until done`, `${readings.length} readings on B, ${midway} of them midway, last ${JSON.stringify(last)}`);
  await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 120_000 });
  const found = await context.request.get(`${b}/contacts?q=${encodeURIComponent(`Scale check ${run} 1`)}`);
  report((await found.text()).includes(`Scale check ${run} 1`), "the imported contacts are listed by B");
} finally {
  await browser.close();
}

console.log(failed ? `${failed} check(s) failed` : "no instance kept state of its own");
process.exit(failed ? 1 : 0);
