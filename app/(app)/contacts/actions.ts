"use server";

import { defineAction } from "@/lib/action";
import { logActivity } from "@/lib/contacts/activities";
import { createContact, deleteContact, updateContact } from "@/lib/contacts/mutations";
import { activityLogSchema, contactDeleteSchema, contactFormSchema, contactUpdateSchema } from "@/lib/contacts/schema";

export const createContactAction = defineAction({
  schema: contactFormSchema,
  run: (values, user) => createContact(user, values),
  revalidate: ["/contacts", { path: "/organizations", type: "layout" }],
});

export const updateContactAction = defineAction({
  schema: contactUpdateSchema,
  run: (data, user) => updateContact(user, data),
  revalidate: [
    { path: "/contacts", type: "layout" },
    { path: "/organizations", type: "layout" },
  ],
});

export const deleteContactAction = defineAction({
  schema: contactDeleteSchema,
  run: (data, user) => deleteContact(user, data),
  revalidate: [
    { path: "/contacts", type: "layout" },
    { path: "/organizations", type: "layout" },
  ],
});

export const logActivityAction = defineAction({
  schema: activityLogSchema,
  run: (data, user) => logActivity(user, data),
  revalidate: (_data, result) => [`/contacts/${result.contactId}`],
});
