import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { db, type Db, type Tx } from "@/db/client";
import { letters } from "@/db/schema";
import type { Acting } from "@/lib/auth/authorize";
import { aboutVisibleCases } from "@/lib/cases/visibility";
import { NotFoundError } from "@/lib/errors";

/**
 * A sign-on letter about a restricted case names the person in its title and text, so it is as
 * hidden as the case, like an appeal (lib/appeals/visibility.ts): visible only when every case it
 * is about is visible to the user. Every query that lists, counts, searches or opens letters (and
 * their pool, tally and outreach messages) adds this predicate; a hidden letter answers exactly
 * like a missing one. `alias` names the letters table in the query when it is not "letters".
 */
export function letterVisibleTo(user: Acting, alias: SQL = sql`"letters"`): SQL {
  return letterIdVisibleTo(user, sql`${alias}."id"`);
}

/**
 * The same rule for a letter known by its id: a pool row's letter_id, or a parameter. Lets a
 * query of a letter's child rows filter without joining the letters table.
 */
export function letterIdVisibleTo(user: Acting, letterId: SQL): SQL {
  return aboutVisibleCases(user, "letter_cases", letterId);
}

/** Throws NotFoundError unless the letter exists and the user may see it. */
export async function requireVisibleLetter(user: Acting, id: string, executor: Tx | Db = db) {
  const [row] = await executor.select({ id: letters.id }).from(letters).where(and(eq(letters.id, id), letterVisibleTo(user)));
  if (!row) throw new NotFoundError();
}
