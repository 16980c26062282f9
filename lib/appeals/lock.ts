import "server-only";
import type { Tx } from "@/db/client";
import { appeals } from "@/db/schema";
import { lockVersioned } from "@/db/versioned";
import type { Acting } from "@/lib/auth/authorize";
import { appealVisibleTo } from "./visibility";

/**
 * Locks an appeal the user may see (a hidden one answers like a missing one) and, when given,
 * checks the version the user saw is still current.
 */
export function lockAppeal(tx: Tx, user: Acting, id: string, version?: number) {
  return lockVersioned(tx, appeals, id, version, { where: appealVisibleTo(user) });
}
