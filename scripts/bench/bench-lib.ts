// What the benchmark scripts share: timing with percentiles, and a signed-in session for timing
// pages over HTTP against a running `next start` (BENCH_URL, BENCH_EMAIL, BENCH_PASSWORD).
import { randomUUID } from "node:crypto";

export const runs = Number(process.env.BENCH_RUNS || 30);

/** A viewer who never signs in: the data-access functions only need an id, an e-mail and a role. */
export const benchViewer = { id: randomUUID(), email: "bench@example.org", role: "viewer" as const };
export const benchManager = { id: randomUUID(), email: "bench-manager@example.org", role: "manager" as const };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Times `fn`; `after` adds a note to the printed line (a page's size, say). */
export async function measure(label: string, fn: () => Promise<unknown>, count = runs, after?: () => string): Promise<void> {
  await fn(); // warm the plan and the cache once
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(52)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms${after ? `   ${after()}` : ""}`);
}

/**
 * Signs in through Auth.js's credentials endpoint and returns a GET that carries the session (it
 * answers the body's size in bytes); `cookie` is that session's Cookie header, for other clients.
 */
export async function httpSession(base: string): Promise<((path: string) => Promise<number>) & { cookie: string }> {
  const root = base.replace(/\/$/, "");
  const csrf = await fetch(`${root}/api/auth/csrf`);
  const cookie = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email: process.env.BENCH_EMAIL || "viewer@demo.test", password: process.env.BENCH_PASSWORD || "advocacy-demo" });
  const signIn = await fetch(`${root}/api/auth/callback/credentials`, { method: "POST", body: form, headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, redirect: "manual" });
  const session = [cookie, ...(signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0])].join("; ");
  const get = async (path: string) => {
    const res = await fetch(`${root}${path}`, { headers: { cookie: session } });
    if (res.status !== 200 || res.url.includes("/login")) throw new Error(`GET ${path} → ${res.status} ${res.url}`);
    return (await res.arrayBuffer()).byteLength;
  };
  return Object.assign(get, { cookie: session });
}
