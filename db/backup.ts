// Backup and restore of the whole database, shared by `npm run db:backup` / `db:restore` and
// their test. PostgreSQL (DATABASE_URL): pg_dump's custom format, restored with pg_restore.
// Embedded PGlite: a tarball of its data folder (PGlite's own dumpDataDir/loadDataDir), which
// brings back the exact files, so the restore is byte-for-byte what was there.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import pg from "pg";
import { ENSURE_APP_ROLE_SQL } from "./actor";

export type TableCount = { table: string; rows: number };
export type BackupResult = { kind: "postgres" | "pglite"; file: string; bytes: number; tables: TableCount[] };
export type RestoreResult = BackupResult & { replaced?: string };

/** Both drivers answer `query(sql)` with `{ rows }`. */
type Queryable = { query: (sql: string) => Promise<{ rows: unknown[] }> };

/** Thrown for a refusal the operator can fix (non-empty target, wrong kind of file). */
export class BackupError extends Error {}

const pgliteExtensions = { pg_trgm, unaccent };

export function defaultBackupFile(kind: "postgres" | "pglite", now = new Date(), dir = path.join(process.cwd(), "backups")): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
  return path.join(dir, `advocacy-${stamp}${kind === "postgres" ? ".dump" : ".pglite.tar.gz"}`);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every user table (all schemas but PostgreSQL's own), as "schema.table", sorted. */
export async function listTables(client: Queryable): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
     ORDER BY 1, 2`,
  );
  return (rows as { schema: string; name: string }[]).map((r) => `${r.schema}.${r.name}`);
}

export function qualified(table: string): string {
  const dot = table.indexOf(".");
  return `${quoteIdent(table.slice(0, dot))}.${quoteIdent(table.slice(dot + 1))}`;
}

export async function countRows(client: Queryable): Promise<TableCount[]> {
  const tables = await listTables(client);
  if (tables.length === 0) return [];
  const { rows } = await client.query(
    tables.map((t, i) => `SELECT ${i} AS i, count(*)::int AS n FROM ${qualified(t)}`).join(" UNION ALL "),
  );
  const byIndex = new Map((rows as { i: number; n: number }[]).map((r) => [Number(r.i), Number(r.n)]));
  return tables.map((table, i) => ({ table, rows: byIndex.get(i) ?? 0 }));
}

// ---------------------------------------------------------------- PostgreSQL

/**
 * libpq settings for pg_dump/pg_restore. The password goes in the environment, not on the command
 * line, where any local user could read it in the process list.
 */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (err) => reject(new Error(`${command} could not be started: ${err.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} exited with code ${code}${stderr ? `:\n${stderr.trim()}` : ""}`));
    });
  });
}

const pgDump = () => process.env.PG_DUMP || "pg_dump";
const pgRestore = () => process.env.PG_RESTORE || "pg_restore";

function prepareOutput(file: string): void {
  // The dump holds everything the app holds: only its owner may read it.
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (existsSync(file)) throw new BackupError(`${file} already exists; choose another --out.`);
}

export async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  prepareOutput(file);
  // The row counts and pg_dump read the same snapshot, so the printed counts are exactly what
  // the file holds even while the app keeps writing.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const tables = await countRows(client);
    const { dbname, env } = libpqTarget(url);
    try {
      await run(pgDump(), ["--format=custom", `--snapshot=${rows[0].snapshot}`, `--file=${file}`, `--dbname=${dbname}`], env);
    } catch (error) {
      rmSync(file, { force: true }); // a half-written dump must not pass for a backup
      throw error;
    }
    await client.query("COMMIT");
    chmodSync(file, 0o600);
    return { kind: "postgres", file, bytes: statSync(file).size, tables };
  } finally {
    await client.end();
  }
}

export async function restorePostgres(url: string, file: string, force: boolean): Promise<RestoreResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await listTables(client);
    if (existing.length > 0 && !force) {
      throw new BackupError(
        `The target database is not empty (${existing.length} tables). Nothing was changed. ` +
          "Restore into a new empty database, or pass --force to drop and replace what is there.",
      );
    }
    // The dump grants to the app role and names it in its row-security policies; roles belong to
    // the server, not the database, so a new server gets it first (as migration 0017 does).
    await client.query(ENSURE_APP_ROLE_SQL);
    const { dbname, env } = libpqTarget(url);
    // One transaction: a restore that fails half-way leaves the target as it was. --no-owner
    // lets the dump of one server be restored by another server's role.
    const args = ["--single-transaction", "--exit-on-error", "--no-owner", `--dbname=${dbname}`];
    if (force) args.push("--clean", "--if-exists");
    await run(pgRestore(), [...args, file], env);
    return { kind: "postgres", file, bytes: statSync(file).size, tables: await countRows(client) };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- PGlite

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

export async function backupPglite(dir: string, file: string): Promise<BackupResult> {
  if (isEmptyDir(dir)) throw new BackupError(`There is no PGlite database in ${dir}.`);
  prepareOutput(file);
  const db = await PGlite.create(dir, { extensions: pgliteExtensions });
  try {
    const tables = await countRows(db);
    const tarball = await db.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    return { kind: "pglite", file, bytes: statSync(file).size, tables };
  } finally {
    await db.close();
  }
}

export async function restorePglite(dir: string, file: string, force: boolean): Promise<RestoreResult> {
  let replaced: string | undefined;
  if (!isEmptyDir(dir)) {
    if (!force) {
      throw new BackupError(
        `The PGlite data folder ${dir} is not empty. Nothing was changed. ` +
          "Point PGLITE_DIR at a new folder, or pass --force to move the current folder aside and restore in its place.",
      );
    }
    // PGlite's data folder is replaced whole; the old one is kept beside it, not deleted.
    replaced = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dir, replaced);
  }
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir, { extensions: pgliteExtensions, loadDataDir: new Blob([readFileSync(file)]) });
  try {
    return { kind: "pglite", file, bytes: statSync(file).size, tables: await countRows(db), replaced };
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------- entry points

export type Target = { url?: string; pgliteDir: string };

export async function backupDatabase(target: Target, file?: string): Promise<BackupResult> {
  return target.url
    ? backupPostgres(target.url, file ?? defaultBackupFile("postgres"))
    : backupPglite(target.pgliteDir, file ?? defaultBackupFile("pglite"));
}

/** What a backup file is, from its first bytes: pg_dump's custom format starts with "PGDMP". */
export function backupKind(file: string): "postgres" | "pglite" | "unknown" {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(5);
    const n = readSync(fd, head, 0, 5, 0);
    if (n === 5 && head.toString("latin1") === "PGDMP") return "postgres";
    if (n >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "pglite";
    return "unknown";
  } finally {
    closeSync(fd);
  }
}

export async function restoreDatabase(target: Target, file: string, force = false): Promise<RestoreResult> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const kind = backupKind(file);
  if (kind === "unknown") throw new BackupError(`${file} is neither a pg_dump custom-format file nor a PGlite data-folder backup.`);
  if (kind === "pglite" && target.url) {
    throw new BackupError(`${file} is a PGlite data-folder backup; restore it without DATABASE_URL (into PGLITE_DIR).`);
  }
  if (kind === "postgres" && !target.url) {
    throw new BackupError(`${file} is a PostgreSQL dump; set DATABASE_URL to the (empty) database to restore it into.`);
  }
  return target.url ? restorePostgres(target.url, file, force) : restorePglite(target.pgliteDir, file, force);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** The lines the scripts print: file, size, then every table with its row count. */
export function describe(result: BackupResult): string {
  const total = result.tables.reduce((sum, t) => sum + t.rows, 0);
  const width = Math.max(5, ...result.tables.map((t) => t.table.length));
  return [
    `File:   ${result.file}`,
    `Size:   ${formatBytes(result.bytes)}`,
    `Tables: ${result.tables.length}, rows: ${total}`,
    ...result.tables.map((t) => `  ${t.table.padEnd(width)} ${String(t.rows).padStart(9)}`),
  ].join("\n");
}
