import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { activities, contacts } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import type { ActivityFormValues } from "./schema";

/** The instant a wall-clock time ("2026-11-21T10:30") denotes in an IANA time zone. */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  const [datePart, timePart] = local.split("T");
  const [y, mo, d] = datePart.split("-").map(Number);
  const [h, mi, s = 0] = timePart.split(":").map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // The zone's offset at that moment, found by formatting the guess back in the zone; a second
  // pass settles times next to a daylight-saving change.
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(instant))
      .reduce<Record<string, number>>((acc, p) => (p.type === "literal" ? acc : { ...acc, [p.type]: Number(p.value) }), {});
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - instant;
  };
  let instant = asUtc - offsetAt(asUtc);
  instant = asUtc - offsetAt(instant);
  return new Date(instant);
}

export const logActivity = dataAccess(async function logActivity(user: Acting, input: { contactId: string; values: ActivityFormValues }): Promise<{ id: string; contactId: string }> {
  authorize(user, "contact.write");
  const { values } = input;
  return db.transaction(async (tx) => {
    const [contact] = await tx
      .select({ id: contacts.id, fullName: contacts.fullName })
      .from(contacts)
      .where(and(eq(contacts.id, input.contactId), isNull(contacts.mergedIntoId)));
    if (!contact) throw new NotFoundError();
    const [row] = await tx
      .insert(activities)
      .values({
        contactId: contact.id,
        kind: values.kind,
        occurredAt: zonedTimeToInstant(values.occurredAt, values.timeZone),
        subject: values.subject,
        body: values.body,
        authorId: user.id,
      })
      .returning();
    await writeAudit(tx, user, { action: "create", entity: "activity", entityId: row.id, summary: `${values.kind} with ${contact.fullName}: ${row.subject}`, before: null, after: row });
    return { id: row.id, contactId: contact.id };
  });
});
