"use server";

import { defineAction } from "@/lib/action";
import { applyRoster, previewRoster } from "@/lib/contacts/import-roster";
import { rosterUploadSchema } from "@/lib/import/roster/groups";

// Both take { body, fileName, content } with the file's bytes in base64 and authorize against
// "contact.write"; the preview writes nothing, the import recomputes the plan itself.

export const previewRosterAction = defineAction({
  schema: rosterUploadSchema,
  run: (data, user) => previewRoster(user, data),
});

export const applyRosterAction = defineAction({
  schema: rosterUploadSchema,
  run: (data, user) => applyRoster(user, data),
  revalidate: [{ path: "/contacts", type: "layout" }],
});
