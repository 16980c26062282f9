// The spans behind the dashboard's medians ("draft → sent", "sent → first reply"), over
// appeal_facts (alias `af`), and a check that a database holds none that would be negative. No
// "server-only": the check takes the database it reads, as the seed tests call it on a scratch one.
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";

/**
 * Whole days between UTC days (the dashboard's range is of UTC days): the dispatch form records
 * the day an appeal went out, not the hour, so an appeal drafted at noon and marked sent that day
 * is 0 days, not −0.5. The first reply is a day too.
 */
export const daysToSend = sql`((af.sent_at AT TIME ZONE 'UTC')::date - (af.created_at AT TIME ZONE 'UTC')::date)`;
export const daysToReply = sql`(af.first_reply_on - (af.sent_at AT TIME ZONE 'UTC')::date)`;

/**
 * Appeals whose recorded dates run backwards: sent before the day they were drafted, answered
 * before the day they were sent. The medians leave such rows out; a seeded or imported database
 * should hold none (the demo seed is checked for it).
 */
export async function negativeDurations(database: Db): Promise<{ draftToSent: number; sentToReply: number }> {
  const [row] = rowsOf<{ draftToSent: number; sentToReply: number }>(
    await database.execute(sql`
      SELECT count(*) FILTER (WHERE ${daysToSend} < 0)::int AS "draftToSent",
             count(*) FILTER (WHERE ${daysToReply} < 0)::int AS "sentToReply"
        FROM appeal_facts af`),
  );
  return row;
}
