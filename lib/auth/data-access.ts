// Every data-access function runs its queries as the user it acts for, so PostgreSQL's row-level
// security (migration 0017) applies that user's visibility beneath the function's own filters.
import "server-only";
import { runAs, type DbActor } from "@/db/actor";
import { readInOneSnapshot } from "@/db/client";
import type { Acting } from "./authorize";

/** The database identity of an acting user; no user is the anonymous actor. */
export function actorOf(user: Acting | null | undefined): DbActor {
  return user ? { userId: user.id, role: user.role } : "anonymous";
}

/**
 * Wraps a data-access function whose first argument is the acting user: everything it runs,
 * however deep (helpers, transactions, parallel queries), reaches the database as that user.
 */
export function dataAccess<F extends (user: never, ...args: never[]) => Promise<unknown>>(fn: F): F {
  const run = fn as unknown as (user: Acting | null | undefined, ...args: unknown[]) => Promise<unknown>;
  return ((user: Acting | null | undefined, ...args: unknown[]) => runAs(actorOf(user), () => run(user, ...args))) as unknown as F;
}

/**
 * A page's reads for `user` (a Promise.all of data-access calls) from one snapshot, on one
 * connection: the figures agree with each other, and the page pays two round trips per statement
 * less (db/client.ts, readInOneSnapshot).
 */
export function readTogether<T>(user: Acting, fn: () => Promise<T>): Promise<T> {
  return readInOneSnapshot(actorOf(user), fn);
}
