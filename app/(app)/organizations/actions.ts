"use server";

import { defineAction } from "@/lib/action";
import { createOrganization, updateOrganization } from "@/lib/organizations/mutations";
import { organizationFormSchema, organizationUpdateSchema } from "@/lib/organizations/schema";

export const createOrganizationAction = defineAction({
  schema: organizationFormSchema,
  run: (values, user) => createOrganization(user, values),
  revalidate: ["/organizations"],
});

export const updateOrganizationAction = defineAction({
  schema: organizationUpdateSchema,
  run: (data, user) => updateOrganization(user, data),
  revalidate: [
    { path: "/organizations", type: "layout" },
    { path: "/contacts", type: "layout" },
  ],
});
