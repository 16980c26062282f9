import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { appeals } from "@/db/schema";
import type { Acting } from "@/lib/auth/authorize";
import { NotFoundError, StaleError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { appealVisibleTo } from "./visibility";

export const appealSearchText = (v: { title: string; subject: string }) => normalizeForSearch(v.title, v.subject);

/** Bumps the version of every write that changes the appeal row. */
export const bump = { updatedAt: sql`now()`, version: sql`${appeals.version} + 1` };

/**
 * Locks an appeal the user may see (a hidden one answers like a missing one) and, when given,
 * checks the version the user saw is still current.
 */
export async function lockAppeal(tx: Tx, user: Acting, id: string, version?: number) {
  const [current] = await tx
    .select()
    .from(appeals)
    .where(and(eq(appeals.id, id), appealVisibleTo(user)))
    .for("update");
  if (!current) throw new NotFoundError();
  if (version !== undefined && current.version !== version) throw new StaleError();
  return current;
}
