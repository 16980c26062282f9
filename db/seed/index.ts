// Demo data built from the real material in shared/fixtures (transcribed into the data-*.ts modules,
// so nothing here reads ../shared at run time). Idempotent: every row has a deterministic id and is
// inserted with ON CONFLICT DO NOTHING, and a database that already holds the marker list is left
// alone, so demo rows deleted by users do not come back on the next start.
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { phoneE164Mismatches } from "../../lib/contacts/phones-check";
import { contactLists } from "../schema";
import { ids, type DemoData, type DemoUsers, type SeedContext } from "./context";
import { activitySeeds } from "./data-activities";
import { appealSeeds } from "./data-appeals";
import { eventSeeds } from "./data-events";
import { incomingSeeds } from "./data-incoming";
import { letterSeeds } from "./data-letters";
import { recentSeeds } from "./data-recent";
import { insertAppeals, insertIncoming } from "./insert-appeals";
import { insertCampaigns, insertCases } from "./insert-cases";
import { insertDirectory } from "./insert-directory";
import { insertActivities, insertEvents, insertLetters } from "./insert-letters-events";

const markerListKey = "dck-report";

/** The fixtures' history (2011–2021) and the recent records dated from `today` (a UTC day). */
export function demoData(today: string): DemoData {
  const recent = recentSeeds(today);
  return {
    appeals: [...appealSeeds, ...recent.appeals],
    letters: [...letterSeeds, ...recent.letters],
    events: [...eventSeeds, ...recent.events],
    activities: [...activitySeeds, ...recent.activities],
    incoming: [...incomingSeeds, ...recent.incoming],
    recentInvitations: recent.invitations,
  };
}

/** `now` anchors the recent records (today's demo); everything else is the same on every run. */
export async function seedDemoData(db: Db, users: DemoUsers, now = new Date()): Promise<{ inserted: boolean }> {
  return db.transaction(async (tx) => {
    const marker = await tx
      .select({ id: contactLists.id })
      .from(contactLists)
      .where(eq(contactLists.id, ids.list(markerListKey)));
    if (marker.length > 0) return { inserted: false };

    const today = now.toISOString().slice(0, 10);
    const ctx: SeedContext = { tx, users, data: demoData(today), today };
    // Order follows the foreign keys.
    await insertDirectory(ctx);
    // Every phone's E.164 form (phone_e164): the same backfill `npm run db:phones -- --fix` runs.
    await phoneE164Mismatches(tx, { fix: true });
    await insertCampaigns(ctx);
    await insertCases(ctx);
    await insertAppeals(ctx);
    await insertIncoming(ctx);
    await insertLetters(ctx);
    await insertEvents(ctx);
    await insertActivities(ctx);
    return { inserted: true };
  });
}

export type { DemoUsers } from "./context";
