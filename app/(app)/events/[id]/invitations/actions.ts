"use server";

import { defineAction, type RevalidateTarget } from "@/lib/action";
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

// Every page of the event shows the invitations (its detail page the funnel).
const eventPages: RevalidateTarget[] = [{ path: "/events", type: "layout" }];

export const inviteContactsAction = defineAction({
  schema: inviteContactsSchema,
  run: (data, user) => inviteContacts(user, data),
  revalidate: eventPages,
});

export const inviteListAction = defineAction({
  schema: inviteListSchema,
  run: (data, user) => inviteList(user, data),
  revalidate: eventPages,
});

export const removeInvitationAction = defineAction({
  schema: invitationRefSchema,
  run: (data, user) => removeInvitation(user, data),
  revalidate: eventPages,
});

export const updateTemplateAction = defineAction({
  schema: templateUpdateSchema,
  run: (data, user) => updateTemplate(user, data),
  revalidate: eventPages,
});

export const generateTextsAction = defineAction({
  schema: generateTextsSchema,
  run: (data, user) => generateTexts(user, data),
  revalidate: eventPages,
});

export const updateMessageAction = defineAction({
  schema: messageUpdateSchema,
  run: (data, user) => updateMessage(user, data),
  revalidate: eventPages,
});

export const markSentAction = defineAction({
  schema: markSentSchema,
  run: (data, user) => markSent(user, data),
  revalidate: eventPages,
});

/** The guest's RSVP link, recomputed; never stored in clear. */
export const guestLinkAction = defineAction({
  schema: invitationRefSchema,
  run: async (data, user) => {
    const { token } = await guestToken(user, data);
    return { url: rsvpUrl(await appOrigin(), token) };
  },
});

export const resetLinkAction = defineAction({
  schema: invitationRefSchema,
  run: async (data, user) => {
    const { token } = await resetGuestLink(user, data);
    return { url: rsvpUrl(await appOrigin(), token) };
  },
});

export const emailPlanAction = defineAction({
  schema: eventRefSchema,
  run: (data, user) => invitationEmailPlan(user, data.eventId),
});

export const sendInvitationsByEmailAction = defineAction({
  schema: eventRefSchema,
  run: async (data, user) => sendInvitationsByEmail(user, data, appOrigin),
  revalidate: eventPages,
});
