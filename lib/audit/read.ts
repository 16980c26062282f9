// Sensitive reads are audited like changes: opening a restricted case or a request for help, and
// every file that takes data out of the app (CSV exports, letters, calendar files, print views).
// Call auditRead only once the read was authorized and found: a refused or missing record writes
// nothing. One INSERT, in a transaction of its own that starts as the user (db/client.ts).
import "server-only";
import { db } from "@/db/client";
import type { Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { writeAudit } from "./write";

/**
 * - `view`: opening a restricted case, opening an incoming request for help;
 * - `export`: a CSV of a list, a filtered view or a dashboard figure;
 * - `download`: any other file or print view (letter print view, PDF, .eml, .ics, the events
 *   feed, the attendance sheet).
 */
export type ReadAction = "view" | "export" | "download";

export type ReadEntry = {
  action: ReadAction;
  /** The table's singular name, as writes use it: "case", "incoming_appeal", "appeal", "event"… */
  entity: string;
  /** The record read, if one. */
  entityId?: string | null;
  /** What was read: ids and filter parameters only, never a person's or a case's name. */
  summary?: string;
};

/** Writes one audit entry for a read, as the acting user (the audit_entries policy lets any app user insert). */
export const auditRead = dataAccess(async function auditRead(user: Acting, entry: ReadEntry): Promise<void> {
  await db.transaction((tx) => writeAudit(tx, user, entry));
});

/**
 * The filters of an export as a query string, for its summary: the request's own parameters in
 * their order, empty ones left out ("(no filter)" when none is left). Values are what the user
 * typed or picked in the filter form; nothing is looked up, so no name is added.
 */
export function filterSummary(searchParams: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const [key, value] of searchParams) if (value.trim() !== "") kept.append(key, value);
  const text = kept.toString();
  return text ? `?${text}` : "(no filter)";
}
