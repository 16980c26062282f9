"use server";

import { defineAction, type RevalidateTarget } from "@/lib/action";
import { createAppeal, deleteAppeal, updateAppeal } from "@/lib/appeals/mutations";
import { addRecipientsFromContacts, addRecipientsFromList, removeRecipient } from "@/lib/appeals/recipients";
import {
  addListRecipientsSchema,
  addRecipientsSchema,
  appealFormSchema,
  appealReturnSchema,
  appealStepSchema,
  appealUpdateSchema,
  dispatchSchema,
  removeRecipientSchema,
  replySchema,
} from "@/lib/appeals/schema";
import { approveAppeal, closeAppeal, logReply, markSent, returnAppeal, submitAppeal } from "@/lib/appeals/transitions";

// The data-access functions also check the workflow (lib/appeals/workflow.ts).

// Every page under /appeals shows the appeal's status and recipients.
const appealPages: RevalidateTarget[] = [{ path: "/appeals", type: "layout" }];

export const createAppealAction = defineAction({
  schema: appealFormSchema,
  run: (values, user) => createAppeal(user, values),
  revalidate: appealPages,
});

export const updateAppealAction = defineAction({
  schema: appealUpdateSchema,
  run: (data, user) => updateAppeal(user, data),
  revalidate: appealPages,
});

export const deleteAppealAction = defineAction({
  schema: appealStepSchema,
  run: (data, user) => deleteAppeal(user, data),
  revalidate: appealPages,
});

export const submitAppealAction = defineAction({
  schema: appealStepSchema,
  run: (data, user) => submitAppeal(user, data),
  revalidate: appealPages,
});

export const approveAppealAction = defineAction({
  schema: appealStepSchema,
  run: (data, user) => approveAppeal(user, data),
  revalidate: appealPages,
});

export const returnAppealAction = defineAction({
  schema: appealReturnSchema,
  run: (data, user) => returnAppeal(user, data),
  revalidate: appealPages,
});

export const closeAppealAction = defineAction({
  schema: appealStepSchema,
  run: (data, user) => closeAppeal(user, data),
  revalidate: appealPages,
});

export const addRecipientsAction = defineAction({
  schema: addRecipientsSchema,
  run: (data, user) => addRecipientsFromContacts(user, data),
  revalidate: appealPages,
});

export const addListRecipientsAction = defineAction({
  schema: addListRecipientsSchema,
  run: (data, user) => addRecipientsFromList(user, data),
  revalidate: appealPages,
});

export const removeRecipientAction = defineAction({
  schema: removeRecipientSchema,
  run: (data, user) => removeRecipient(user, data),
  revalidate: appealPages,
});

export const markSentAction = defineAction({
  schema: dispatchSchema,
  run: (data, user) => markSent(user, data),
  revalidate: appealPages,
});

export const logReplyAction = defineAction({
  schema: replySchema,
  run: (data, user) => logReply(user, data),
  revalidate: appealPages,
});
