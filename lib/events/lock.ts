import "server-only";
import type { Tx } from "@/db/client";
import { events } from "@/db/schema";
import { lockVersioned } from "@/db/versioned";
import type { Acting } from "@/lib/auth/authorize";
import { eventVisibleTo } from "./visibility";

/**
 * Locks an event the user may see (one about a case hidden from them answers like a missing one)
 * and, when given, checks the version the user saw is still current.
 */
export function lockEvent(tx: Tx, user: Acting, id: string, version?: number) {
  return lockVersioned(tx, events, id, version, { where: eventVisibleTo(user) });
}
