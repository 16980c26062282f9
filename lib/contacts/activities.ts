import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { activities, contacts } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { zonedTimeToInstant } from "@/lib/events/zoned";
import type { ActivityFormValues } from "./schema";

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
