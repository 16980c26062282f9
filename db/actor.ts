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
 * - "anonymous": the app role with no user (sign-in, health check): no restricted case, no audit
 *   entry;
 * - a guest answering an invitation's private link (the RSVP page): the anonymous view plus their
 *   own invitation and its event, named by the link's token hash;
 * - "owner": the connecting user itself (migrations, seeds, backups, scripts, test set-up).
 */
export type DbActor = { userId: string; role: (typeof appRoles)[number] } | { rsvpTokenHash: string } | "anonymous" | "owner";

// One store per process, like the database handle (db/client.ts): Next.js bundles route handlers
// and pages separately, each with its own copy of this module, and the handle made by one must
// read the actor set by the other.
const globalForActor = globalThis as unknown as { __advocacyDeskActor?: AsyncLocalStorage<DbActor> };
const storage = (globalForActor.__advocacyDeskActor ??= new AsyncLocalStorage<DbActor>());

/** Runs fn with every query it makes, however deep, acting as `actor`. */
export function runAs<T>(actor: DbActor, fn: () => T): T {
  return storage.run(actor, fn);
}

/**
 * An async iterator that goes on acting as the actor of the code that created it, whoever pulls
 * it: a CSV export's batches are read while the response streams, after the data-access function
 * that made them has returned (a generator's body runs in the context of each `next()` call).
 */
export function keepActor<T>(iterator: AsyncIterator<T>): AsyncIterableIterator<T> {
  const actor = currentActor();
  return {
    next: (...args) => runAs(actor, () => iterator.next(...args)),
    return: (value) => runAs(actor, () => iterator.return?.(value) ?? Promise.resolve({ done: true as const, value })),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
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
  const settings = { userId: "", role: "anonymous", rsvpTokenHash: "" };
  if (actor !== "anonymous" && "rsvpTokenHash" in actor) {
    if (!/^[0-9a-f]{64}$/.test(actor.rsvpTokenHash)) throw new Error("Invalid RSVP token hash");
    Object.assign(settings, { role: "guest", rsvpTokenHash: actor.rsvpTokenHash });
  } else if (actor !== "anonymous") {
    if (!uuidPattern.test(actor.userId)) throw new Error("Invalid acting user id");
    if (!appRoles.includes(actor.role)) throw new Error("Invalid acting role");
    Object.assign(settings, { userId: actor.userId, role: actor.role });
  }
  // jit off: the app's statements are bounded and indexed, and the policies' subplans inflate their
  // cost estimates past the JIT threshold: compiling cost a viewer's dashboard 450 ms of 520.
  return (
    `SELECT set_config('role', '${APP_DB_ROLE}', true), set_config('app.user_id', '${settings.userId}', true), ` +
    `set_config('app.user_role', '${settings.role}', true), set_config('app.rsvp_token_hash', '${settings.rsvpTokenHash}', true), ` +
    `set_config('jit', 'off', true)`
  );
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
