import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getAppeal } from "@/lib/appeals/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getCampaign } from "@/lib/campaigns/queries";
import { getCase } from "@/lib/cases/queries";
import { mergedInto } from "@/lib/contacts/duplicates";
import { getContact } from "@/lib/contacts/queries";
import { getEvent } from "@/lib/events/detail";
import { INCOMING_CAPABILITY, getIncoming } from "@/lib/incoming/queries";
import { getInvitationEvent } from "@/lib/invitations/queries";
import { isUuid } from "@/lib/ids";
import { getLetter } from "@/lib/letters/queries";
import { getList } from "@/lib/lists/queries";
import { getOrganization } from "@/lib/organizations/queries";
import { orNotFound, orNull } from "@/lib/pages";
import { getUser } from "@/lib/users/queries";

// The record a detail page shows, read once per request (React cache) by everything that needs
// it: the page, its generateMetadata (the title names the record) and the shell's record check
// (lib/record-gate.ts). Each read goes through the domain's data-access function, so a record the
// user may not see is "not found" exactly as a missing one: a 404 whose title never names it.
// The user comes from the request (cached too); pages still call requirePageUser() themselves
// first, for the forced password change.

const page = <T>(read: (user: Awaited<ReturnType<typeof requirePageUser>>, id: string) => Promise<T>) =>
  cache(async (id: string): Promise<T> => {
    if (!isUuid(id)) notFound();
    const user = await requirePageUser({ passwordChangePage: true });
    return orNotFound(read(user, id));
  });

export const pageAppeal = page(getAppeal);
export const pageCampaign = page(getCampaign);
export const pageCase = page(getCase);
export const pageEvent = page(getEvent);
/** The event as its invitation, check-in and report pages read it. */
export const pageInvitationEvent = page(getInvitationEvent);
export const pageLetter = page(getLetter);
export const pageList = page(getList);
export const pageOrganization = page(getOrganization);
export const pageIncoming = page(async (user, id) => {
  // Requests from people at risk: those who handle cases only; to anyone else they do not exist.
  if (!can(user.role, INCOMING_CAPABILITY)) notFound();
  return getIncoming(user, id);
});
export const pageUser = page(async (user, id) => {
  if (!can(user.role, "user.manage")) notFound();
  return getUser(user, id);
});

/** A contact, or, for the old address of a merged contact, the record it was merged into. */
export const pageContact = cache(async (id: string) => {
  if (!isUuid(id)) notFound();
  const user = await requirePageUser({ passwordChangePage: true });
  const contact = await orNull(getContact(user, id));
  if (contact) return { contact, survivor: null };
  const survivor = await mergedInto(user, id);
  if (!survivor) notFound();
  return { contact: null, survivor };
});
