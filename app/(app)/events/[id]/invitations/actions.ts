"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { guestToken, resetGuestLink } from "@/lib/invitations/links";
import { generateTexts, inviteContacts, inviteList, markSent, removeInvitation, updateMessage, updateTemplate } from "@/lib/invitations/mutations";
import {
  eventRefSchema,
  generateTextsSchema,
  invitationRefSchema,
  inviteContactsSchema,
  inviteListSchema,
  markSentSchema,
  messageUpdateSchema,
  templateUpdateSchema,
} from "@/lib/invitations/schema";
import { invitationEmailPlan, sendInvitationsByEmail } from "@/lib/invitations/smtp";
import { appOrigin, rsvpUrl } from "@/lib/invitations/token";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy ("event.write").

// Every page of the event shows the invitations (its detail page the funnel).
const refresh = () => revalidatePath("/events", "layout");

export async function inviteContactsAction(input: unknown) {
  const result = await runAction(inviteContactsSchema, input, (data, user) => inviteContacts(user, data));
  if (result.ok) refresh();
  return result;
}

export async function inviteListAction(input: unknown) {
  const result = await runAction(inviteListSchema, input, (data, user) => inviteList(user, data));
  if (result.ok) refresh();
  return result;
}

export async function removeInvitationAction(input: unknown) {
  const result = await runAction(invitationRefSchema, input, (data, user) => removeInvitation(user, data));
  if (result.ok) refresh();
  return result;
}

export async function updateTemplateAction(input: unknown) {
  const result = await runAction(templateUpdateSchema, input, (data, user) => updateTemplate(user, data));
  if (result.ok) refresh();
  return result;
}

export async function generateTextsAction(input: unknown) {
  const result = await runAction(generateTextsSchema, input, (data, user) => generateTexts(user, data));
  if (result.ok) refresh();
  return result;
}

export async function updateMessageAction(input: unknown) {
  const result = await runAction(messageUpdateSchema, input, (data, user) => updateMessage(user, data));
  if (result.ok) refresh();
  return result;
}

export async function markSentAction(input: unknown) {
  const result = await runAction(markSentSchema, input, (data, user) => markSent(user, data));
  if (result.ok) refresh();
  return result;
}

/** The guest's RSVP link, recomputed; never stored in clear. */
export async function guestLinkAction(input: unknown) {
  return runAction(invitationRefSchema, input, async (data, user) => {
    const { token } = await guestToken(user, data);
    return { url: rsvpUrl(await appOrigin(), token) };
  });
}

export async function resetLinkAction(input: unknown) {
  return runAction(invitationRefSchema, input, async (data, user) => {
    const { token } = await resetGuestLink(user, data);
    return { url: rsvpUrl(await appOrigin(), token) };
  });
}

export async function emailPlanAction(input: unknown) {
  return runAction(eventRefSchema, input, (data, user) => invitationEmailPlan(user, data.eventId));
}

export async function sendInvitationsByEmailAction(input: unknown) {
  const result = await runAction(eventRefSchema, input, async (data, user) => sendInvitationsByEmail(user, data, appOrigin));
  if (result.ok) refresh();
  return result;
}
