// Who the database sees acting. Row-level security (migration 0017) decides what a transaction may
// read and write from the role it runs as and the acting user it names; this module holds that
// identity for the code running now (AsyncLocalStorage) and builds the one statement that hands it
// to PostgreSQL at the start of every transaction (db/client.ts).
import { AsyncLocalStorage } from "node:async_hooks";

/** The role the app's transactions run as: not the owner, no BYPASSRLS. */
export const APP_DB_ROLE = "advocacy_app";

const appRoles = ["viewer", "officer", "coordinator", "manager", "admin"] as const;

/**
 * - a signed-in user: the app role, with their id and role (what the policies test);
 * - "anonymous": the app role with no user (sign-in, RSVP, health check): sees what no policy
 *   grants to nobody — no restricted case, no audit entry;
 * - "owner": the connecting user itself (migrations, seeds, backups, scripts, test set-up).
 */
export type DbActor = { userId: string; role: (typeof appRoles)[number] } | "anonymous" | "owner";

const storage = new AsyncLocalStorage<DbActor>();

/** Runs fn with every query it makes, however deep, acting as `actor`. */
export function runAs<T>(actor: DbActor, fn: () => T): T {
  return storage.run(actor, fn);
}

/**
 * The actor of the code running now. Outside any runAs: inside the Next.js server that is
 * "anonymous", so a query that forgot to say who acts sees what an anonymous visitor may (fails
 * closed); in scripts and tests it is the owner.
 */
export function currentActor(): DbActor {
  return storage.getStore() ?? (process.env.NEXT_RUNTIME ? "anonymous" : "owner");
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement that makes the current transaction act as `actor`, or null for the owner. It is
 * sent in the same round trip as BEGIN (simple query protocol, so values are inlined: both are
 * checked against strict patterns first). set_config(..., true) lasts until the transaction ends,
 * so nothing is left on a pooled connection.
 */
export function actorStatement(actor: DbActor): string | null {
  if (actor === "owner") return null;
  const userId = actor === "anonymous" ? "" : actor.userId;
  const role = actor === "anonymous" ? "anonymous" : actor.role;
  if (userId && !uuidPattern.test(userId)) throw new Error("Invalid acting user id");
  if (role !== "anonymous" && !appRoles.includes(role)) throw new Error("Invalid acting role");
  return `SELECT set_config('role', '${APP_DB_ROLE}', true), set_config('app.user_id', '${userId}', true), set_config('app.user_role', '${role}', true)`;
}

/** Creates the app role when the server lacks it and lets the connecting user switch to it. */
export const ENSURE_APP_ROLE_SQL = `DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_DB_ROLE}') THEN
    CREATE ROLE ${APP_DB_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
  IF NOT pg_has_role(current_user, '${APP_DB_ROLE}', 'MEMBER') THEN
    EXECUTE format('GRANT ${APP_DB_ROLE} TO %I', current_user);
  END IF;
END $$`;
