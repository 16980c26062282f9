// A throw-away PostgreSQL cluster for the fault tests: they stop and crash it, which they must
// never do to the machine's shared server. initdb and pg_ctl refuse to run as root, so as root
// (CI on the build machine) they run as the postgres system user, in a folder it owns.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

export const pgBin = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";

export type Cluster = {
  url: (database: string) => string;
  start: () => Promise<void>;
  /** "immediate" is a crash: no checkpoint, backends killed, recovery on the next start. */
  stop: (mode: "fast" | "immediate") => Promise<void>;
  destroy: () => void;
  dir: string;
};

const commandOf = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];

function asOwner(command: string, args: string[], timeoutMs = 60_000): string {
  const [file, argv] = commandOf(command, args);
  return execFileSync(file, argv, { encoding: "utf8", timeout: timeoutMs, stdio: ["ignore", "pipe", "pipe"] });
}

/** Asynchronous, so the requests the tests keep making go on while PostgreSQL stops and starts. */
async function asOwnerAsync(command: string, args: string[], timeoutMs = 60_000): Promise<void> {
  const [file, argv] = commandOf(command, args);
  await promisify(execFile)(file, argv, { encoding: "utf8", timeout: timeoutMs });
}

export function clusterAvailable(): boolean {
  return existsSync(path.join(pgBin, "initdb")) && existsSync(path.join(pgBin, "pg_ctl"));
}

export function createCluster(port: number): Cluster {
  const dir = mkdtempSync(path.join(tmpdir(), "advocacy-faults-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "postgres.log");
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  asOwner(path.join(pgBin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const pgCtl = path.join(pgBin, "pg_ctl");
  let running = false;
  const cluster: Cluster = {
    dir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      // The socket goes into the cluster's own folder: /var/run/postgresql belongs to the shared server.
      await asOwnerAsync(pgCtl, ["start", "-D", data, "-l", log, "-w", "-t", "60", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`]);
      running = true;
    },
    async stop(mode) {
      await asOwnerAsync(pgCtl, ["stop", "-D", data, "-m", mode, "-w", "-t", "60"]);
      running = false;
    },
    destroy() {
      if (running || existsSync(path.join(data, "postmaster.pid"))) {
        try {
          asOwner(pgCtl, ["stop", "-D", data, "-m", "immediate", "-w", "-t", "30"]);
        } catch {
          // Already down: nothing to stop.
        }
      }
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

/** One short-lived connection to the private cluster, for the tests' own checks. */
export async function query<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
