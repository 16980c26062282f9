// The app under test for the fault tests: a production server (`next start`, the build in
// NEXT_DIST_DIR) in its own process group, so the test can SIGKILL it like a crashed machine would,
// and calls of its server actions over HTTP exactly as the browser makes them.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

export const distDir = process.env.NEXT_DIST_DIR || ".next";

export type App = { base: string; process: ChildProcess; alive: () => boolean; kill: (signal?: NodeJS.Signals) => Promise<void>; log: () => string };

export async function startApp(port: number, env: Record<string, string>): Promise<App> {
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production", PORT: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output = (output + d).slice(-200_000)));
  child.stderr?.on("data", (d) => (output = (output + d).slice(-200_000)));
  const base = `http://localhost:${port}`;
  const alive = () => child.exitCode === null && child.signalCode === null;
  const app: App = {
    base,
    process: child,
    alive,
    log: () => output,
    async kill(signal = "SIGKILL") {
      if (!alive()) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid!, signal); // the whole group: next start may run workers
      } catch {
        // Already gone.
      }
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`next start exited early:\n${output}`);
    try {
      const res = await fetch(`${base}/login`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return app;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await app.kill();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

/** Signs in through the real sign-in page; returns the session cookie as a Cookie header. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  try {
    const page = await browser.newPage({ baseURL: base });
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor({ timeout: 30_000 });
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }> };

/** The id the build gave a server action, looked up by its module and export name. */
export function actionId(file: string, exportName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportName && entry.filename?.replace(/\\/g, "/").endsWith(file)) return id;
  }
  throw new Error(`No server action ${exportName} of ${file} in ${distDir}'s manifest`);
}

export type ActionResponse = { status: number; ms: number; body: string; result: { ok: boolean; data?: unknown; formError?: string } | null; error?: string };

/**
 * Calls a server action the way the browser's fetch does: POST to the page with the action's id in
 * Next-Action and the arguments as JSON, the result in the React Server Components reply. Network
 * failures and time-outs come back as `error`, never as exceptions.
 */
export async function callAction(base: string, page: string, id: string, cookie: string, input: unknown, timeoutMs: number): Promise<ActionResponse> {
  const started = Date.now();
  try {
    const res = await fetch(`${base}${page}`, {
      method: "POST",
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base, Cookie: cookie },
      body: JSON.stringify([input]),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.text();
    return { status: res.status, ms: Date.now() - started, body, result: actionResult(body) };
  } catch (error) {
    return { status: 0, ms: Date.now() - started, body: "", result: null, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** The action's return value in an RSC reply: row 0 points at it ("a": "$@<row>"). */
function actionResult(body: string): ActionResponse["result"] {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    const value = ref ? JSON.parse(rows.get(ref) ?? "null") : head?.a;
    return value && typeof value === "object" && "ok" in value ? value : null;
  } catch {
    return null;
  }
}

/** What must never reach a browser: driver errors, SQL, stack frames. */
export const leak = /ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated|server closed the connection|\bSELECT\b|\bINSERT INTO\b|node_modules|at [\w.<>]+ \(|\.js:\d+:\d+/;
