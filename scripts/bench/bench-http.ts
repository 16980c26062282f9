// npm run bench:http — throughput and server cost of the signed-in list pages under concurrent
// load, against a running production server (`next start`; BENCH_URL, default port 3000).
// Signs in as BENCH_EMAIL (the demo officer by default: the manager's role requires a second
// factor, which a script cannot give), then runs autocannon with BENCH_CONNECTIONS (20) for
// BENCH_SECONDS (10) per page, and prints req/s, p50/p95 latency and the server's CPU time per
// request, read from /proc/<pid>/stat before and after each run. The server's pid is BENCH_PID,
// else the process holding the listening socket of BENCH_URL's port (found through /proc). Behind
// a load balancer (npm run scale:cluster), BENCH_SERVER_PORTS=3001,3002 names the instances'
// ports: their CPU is summed (the balancer's own is left out and printed apart when it is on
// BENCH_URL's port). The load generator runs on the same machine: on few cores its own CPU slows
// the server down.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import autocannon from "autocannon";
import { httpSession } from "./bench-lib";

const base = (process.env.BENCH_URL || "http://127.0.0.1:3000").replace(/\/$/, "");
process.env.BENCH_EMAIL ||= "officer@demo.test";
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const seconds = Number(process.env.BENCH_SECONDS || 10);
// Unmeasured load before each page: a fresh instance compiles and loads code on its first requests.
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
// BENCH_PAGES="/lists,/cases" measures other pages instead.
const pages = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(",") : ["/contacts", "/appeals", "/events", "/contacts?q=anna", "/dashboard"];

/** The inodes of the sockets listening on `port`, from /proc/net/tcp and tcp6 (state 0A = LISTEN). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[3] === "0A" && parseInt(f[1].split(":")[1], 16) === port) inodes.add(f[9]);
    }
  }
  return inodes;
}

/** The processes holding a listening socket on `port` (scans /proc/<pid>/fd): nginx's master and workers share theirs. */
function pidsListeningOn(port: number): number[] {
  const inodes = listeningInodes(port);
  const found: number[] = [];
  if (!inodes.size) return found;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // another user's process, or gone
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        if (target.startsWith("socket:[") && inodes.has(target.slice(8, -1))) {
          found.push(Number(entry));
          break;
        }
      } catch {
        // the fd closed meanwhile
      }
    }
  }
  return found;
}

const basePort = (() => {
  const url = new URL(base);
  return Number(url.port || (url.protocol === "https:" ? 443 : 80));
})();

/** The app servers' pids: BENCH_PID, else those listening on BENCH_SERVER_PORTS, else on BENCH_URL's port. */
function serverPids(): number[] {
  if (process.env.BENCH_PID) return [Number(process.env.BENCH_PID)];
  const ports = process.env.BENCH_SERVER_PORTS ? process.env.BENCH_SERVER_PORTS.split(",").map(Number) : [basePort];
  return ports.flatMap(pidsListeningOn);
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds of processes (all their threads), or null when one cannot be read. */
function cpuSeconds(pids: number[]): number | null {
  if (!pids.length) return null;
  const each = pids.map(cpuSecondsOf);
  return each.includes(null) ? null : (each as number[]).reduce((a, b) => a + b, 0);
}

function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself hold spaces and parentheses: utime is field
    // 14 and stime field 15 of the whole line, so 12th and 13th after ")".
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(rest[11]) + Number(rest[12])) / ticksPerSecond;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

const get = await httpSession(base);
const pids = serverPids();
// A balancer in front (BENCH_SERVER_PORTS set): its own processes, nginx's master and workers.
const balancerPids = process.env.BENCH_SERVER_PORTS ? pidsListeningOn(basePort) : [];
console.log(`${base} as ${process.env.BENCH_EMAIL}, ${connections} connections × ${seconds} s per page; server pid(s) ${pids.join(", ") || "not found"}`);
console.log(`${"page".padEnd(20)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"CPU/req ms".padStart(11)}   requests`);

for (const path of pages) {
  // One plain GET first: it fails unless the page answers 200 signed in (no redirect to /login).
  await get(path);
  if (warmup > 0) await autocannon({ url: `${base}${path}`, connections, duration: warmup, headers: { cookie: get.cookie } });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const cpuBefore = cpuSeconds(pids);
  const balancerBefore = cpuSeconds(balancerPids);
  // Every response's time and status (autocannon's own histogram has no p95).
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url: `${base}${path}`, connections, duration: seconds, headers: { cookie: get.cookie } };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
  });
  const cpuAfter = cpuSeconds(pids);
  const balancerAfter = cpuSeconds(balancerPids);
  latencies.sort((a, b) => a - b);
  const done = latencies.length;
  const cpu = cpuBefore !== null && cpuAfter !== null && done ? `${(((cpuAfter - cpuBefore) * 1000) / done).toFixed(1)}` : "unknown";
  console.log(
    `${path.padEnd(20)} ${(done / result.duration).toFixed(1).padStart(8)} ${percentile(latencies, 50).toFixed(0).padStart(8)} ${percentile(latencies, 95).toFixed(0).padStart(8)} ${cpu.padStart(11)}   ${done}`,
  );
  if (balancerBefore !== null && balancerAfter !== null && done) console.log(`  balancer: ${(((balancerAfter - balancerBefore) * 1000) / done).toFixed(2)} CPU-ms per request`);
  const other = [...statuses].filter(([status]) => status !== 200);
  // A redirect here is almost always to /login (the session ended) or /account/password.
  if (other.length || result.errors) console.log(`  ! not 200: ${other.map(([s, n]) => `${s}×${n}`).join(", ") || "none"}; connection errors ${result.errors}, timeouts ${result.timeouts}`);
}
if (!pids.length) console.log("CPU per request: unknown (server pid not found; set BENCH_PID)");
