import "server-only";
import type { Tx } from "@/db/client";
import { auditEntries } from "@/db/schema";
import { log } from "@/lib/log";
import { diffChanges } from "./diff";

export type Actor = { id: string; email: string } | null;

type Entry = {
  action: string;
  entity: string;
  entityId?: string | null;
  summary?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Writes one audit entry. Call it with the transaction of the change it records. */
export async function writeAudit(tx: Tx, actor: Actor, entry: Entry): Promise<void> {
  const changes = entry.before !== undefined || entry.after !== undefined ? diffChanges(entry.before ?? null, entry.after ?? null) : null;
  await tx.insert(auditEntries).values({
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    summary: entry.summary ?? null,
    changes,
  });
  // The audit table has the detail; the log line ties who did what to the request. No summary:
  // it may name a person.
  await log.info("audit", { action: entry.action, entity: entry.entity, entityId: entry.entityId ?? undefined, userId: actor?.id });
}
