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
 * The filters of an export for its summary, as a query string: the parsed parameters (known keys,
 * validated values, not whatever else the URL carried), empty ones left out. Nothing is looked
 * up, so no name is added to what the user typed or picked in the filter form.
 */
export function filterSummary(params: Record<string, unknown>): string {
  const kept = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    if (text.trim() !== "") kept.append(key, text);
  }
  const query = kept.toString();
  return query ? `?${query}` : "(no filter)";
}
