"use server";

import { defineAction } from "@/lib/action";
import { mergeContacts } from "@/lib/contacts/merge";
import { mergeSchema } from "@/lib/contacts/merge-schema";

// mergeContacts authorizes ("delete": managers and admins) and checks both versions, whatever the
// page showed.
export const mergeContactsAction = defineAction({
  schema: mergeSchema,
  run: (data, user) => mergeContacts(user, data),
  revalidate: [
    { path: "/contacts", type: "layout" },
    { path: "/lists", type: "layout" },
    { path: "/organizations", type: "layout" },
  ],
});
