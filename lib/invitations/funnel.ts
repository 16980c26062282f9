import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { eventVisibleTo } from "@/lib/events/visibility";
import { NotFoundError } from "@/lib/errors";

export type Funnel = {
  capacity: number | null;
  invited: number;
  sent: number;
  answered: number;
  accepted: number;
  declined: number;
  tentative: number;
  attended: number;
  noShow: number;
  walkIns: number;
};

/**
 * The event's funnel in one pass over its invitations (the event_answer index): invited, sent,
 * answered and each answer count the invited guests; attended counts everyone who came, walk-ins
 * included, who are also counted on their own.
 */
export const eventFunnel = dataAccess(async function eventFunnel(user: Acting | null | undefined, eventId: string): Promise<Funnel> {
  authorize(user, "read");
  const [row] = rowsOf<Funnel>(
    await db.execute(sql`
      SELECT e.capacity AS "capacity",
        count(i.id) FILTER (WHERE NOT i.walk_in)::int AS "invited",
        count(i.id) FILTER (WHERE NOT i.walk_in AND i.sent_at IS NOT NULL)::int AS "sent",
        count(i.id) FILTER (WHERE NOT i.walk_in AND i.answer <> 'pending')::int AS "answered",
        count(i.id) FILTER (WHERE NOT i.walk_in AND i.answer = 'accepted')::int AS "accepted",
        count(i.id) FILTER (WHERE NOT i.walk_in AND i.answer = 'declined')::int AS "declined",
        count(i.id) FILTER (WHERE NOT i.walk_in AND i.answer = 'tentative')::int AS "tentative",
        count(i.id) FILTER (WHERE i.attendance = 'attended')::int AS "attended",
        count(i.id) FILTER (WHERE i.attendance = 'no_show')::int AS "noShow",
        count(i.id) FILTER (WHERE i.walk_in)::int AS "walkIns"
      FROM events e LEFT JOIN invitations i ON i.event_id = e.id
      WHERE e.id = ${eventId} AND ${eventVisibleTo(user, sql`e`)}
      GROUP BY e.id`),
  );
  // An event about a case the user may not see has no funnel, exactly like a missing one.
  if (!row) throw new NotFoundError();
  return row;
});
