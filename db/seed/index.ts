// Demo data built from the real material in shared/fixtures (transcribed into the data-*.ts modules,
// so nothing here reads ../shared at run time). Idempotent: every row has a deterministic id and is
// inserted with ON CONFLICT DO NOTHING, and a database that already holds the marker list is left
// alone, so demo rows deleted by users do not come back on the next start.
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { phoneE164Mismatches } from "../../lib/contacts/phones-check";
import { contactLists } from "../schema";
import { ids, type DemoUsers, type SeedContext } from "./context";
import { insertAppeals, insertIncoming } from "./insert-appeals";
import { insertCampaigns, insertCases } from "./insert-cases";
import { insertDirectory } from "./insert-directory";
import { insertActivities, insertEvents, insertLetters } from "./insert-letters-events";

const markerListKey = "dck-report";

export async function seedDemoData(db: Db, users: DemoUsers): Promise<{ inserted: boolean }> {
  return db.transaction(async (tx) => {
    const marker = await tx
      .select({ id: contactLists.id })
      .from(contactLists)
      .where(eq(contactLists.id, ids.list(markerListKey)));
    if (marker.length > 0) return { inserted: false };

    const ctx: SeedContext = { tx, users };
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
