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
  await writeAudits(tx, actor, [entry]);
}

/** Writes one audit entry per change in one statement, for a change made to many rows at once. */
export async function writeAudits(tx: Tx, actor: Actor, entries: Entry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditEntries).values(
    entries.map((entry) => ({
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      summary: entry.summary ?? null,
      changes: entry.before !== undefined || entry.after !== undefined ? diffChanges(entry.before ?? null, entry.after ?? null) : null,
    })),
  );
  // The audit table has the detail; the log line ties who did what to the request. No summary:
  // it may name a person.
  for (const entry of entries) await log.info("audit", { action: entry.action, entity: entry.entity, entityId: entry.entityId ?? undefined, userId: actor?.id });
}
