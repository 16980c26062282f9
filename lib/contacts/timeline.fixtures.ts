// Test data for the timeline: one row of every kind the timeline reads, at known times.
import { db } from "@/db/client";
import { appealDispatches, appealRecipients, appealReplies, appeals, events, invitations, letterSignatories, letters } from "@/db/schema";

export async function insertHistory(userId: string, contactId: string) {
  const [appeal] = await db.insert(appeals).values({ type: "urgent_appeal", title: "Halt the extradition of Zhanara Akhmetova", createdById: userId }).returning();
  const [recipient] = await db.insert(appealRecipients).values({ appealId: appeal.id, contactId, name: "Recipient" }).returning();
  await db.insert(appealDispatches).values({ recipientId: recipient.id, sentOn: new Date("2020-05-20T09:00:00Z"), channel: "email", createdById: userId });
  await db.insert(appealReplies).values({ appealId: appeal.id, recipientId: recipient.id, receivedOn: "2020-06-02", fromName: "Ministry", summary: "Acknowledged", createdById: userId });
  const [letter] = await db.insert(letters).values({ kind: "joint_letter", title: "Joint letter on Kazakhstan's political prisoners", createdById: userId }).returning();
  await db.insert(letterSignatories).values({ letterId: letter.id, contactId, status: "signed", askedOn: "2021-01-10", signedOn: "2021-01-15" });
  const [event] = await db
    .insert(events)
    .values({ kind: "side_event", forum: "pace_session", title: "Side-event at the PACE winter session", startsAt: new Date("2022-01-25T12:00:00Z"), createdById: userId })
    .returning();
  await db.insert(invitations).values({
    eventId: event.id, contactId, invitedAt: new Date("2022-01-05T10:00:00Z"), answer: "accepted", answeredAt: new Date("2022-01-07T10:00:00Z"),
    attendance: "attended", checkedInAt: new Date("2022-01-25T11:55:00Z"), createdById: userId,
  });
  return { appealId: appeal.id, letterId: letter.id, eventId: event.id };
}
