import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { events } from "@/db/schema";
import type { Acting } from "@/lib/auth/authorize";
import { NotFoundError, StaleError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { eventVisibleTo } from "./visibility";

/** Title, venue, city and the start of the description: what people type to find an event. */
export const eventSearchText = (v: { title: string; venue: string | null; city: string | null; description: string }) =>
  normalizeForSearch(v.title, v.venue, v.city, v.description.slice(0, 300));

/** Bumps the version of every write that changes the event row. */
export const bump = { updatedAt: sql`now()`, version: sql`${events.version} + 1` };

/**
 * Locks an event the user may see (one about a case hidden from them answers like a missing one)
 * and, when given, checks the version the user saw is still current.
 */
export async function lockEvent(tx: Tx, user: Acting, id: string, version?: number) {
  const [current] = await tx
    .select()
    .from(events)
    .where(and(eq(events.id, id), eventVisibleTo(user)))
    .for("update");
  if (!current) throw new NotFoundError();
  if (version !== undefined && current.version !== version) throw new StaleError();
  return current;
}
