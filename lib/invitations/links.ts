import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { invitations } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { ValidationError } from "@/lib/errors";
import { lockInvitation } from "./mutations";
import { issueToken, rsvpToken } from "./token";

// A coordinator shows or copies a guest's link (recomputed from the stored issuing moment, never
// stored in clear) or resets it. Both need "event.write": whoever holds the link can answer for
// the guest.

/** The guest's current token; an invitation from before tokens existed gets one now. */
export const guestToken = dataAccess(async function guestToken(user: Acting | null | undefined, input: { eventId: string; invitationId: string }): Promise<{ token: string }> {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const row = await lockInvitation(tx, user, input.eventId, input.invitationId);
    if (row.walkIn) throw new ValidationError("A walk-in has no invitation link.");
    if (row.rsvpTokenCreatedAt && row.rsvpTokenHash) return { token: rsvpToken(row.id, row.rsvpTokenCreatedAt) };
    const issued = issueToken(row.id);
    await tx.update(invitations).set({ rsvpTokenHash: issued.hash, rsvpTokenCreatedAt: issued.createdAt }).where(eq(invitations.id, row.id));
    await writeAudit(tx, user, { action: "rsvp_link_issue", entity: "invitation", entityId: row.id });
    return { token: rsvpToken(row.id, issued.createdAt) };
  });
});

/** A new link for the guest; the old one stops working at once. */
export const resetGuestLink = dataAccess(async function resetGuestLink(user: Acting | null | undefined, input: { eventId: string; invitationId: string }): Promise<{ token: string }> {
  authorize(user, "event.write");
  return db.transaction(async (tx) => {
    const row = await lockInvitation(tx, user, input.eventId, input.invitationId);
    if (row.walkIn) throw new ValidationError("A walk-in has no invitation link.");
    // Never the same millisecond as the previous link, however quickly it is pressed twice.
    const previous = row.rsvpTokenCreatedAt?.getTime() ?? 0;
    const issued = issueToken(row.id, new Date(Math.max(Date.now(), previous + 1)));
    await tx
      .update(invitations)
      .set({ rsvpTokenHash: issued.hash, rsvpTokenCreatedAt: issued.createdAt, updatedAt: sql`now()` })
      .where(eq(invitations.id, row.id));
    await writeAudit(tx, user, { action: "rsvp_link_reset", entity: "invitation", entityId: row.id, summary: "The previous RSVP link no longer works." });
    return { token: rsvpToken(row.id, issued.createdAt) };
  });
});
