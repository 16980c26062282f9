"use server";

import { defineAction } from "@/lib/action";
import { resetTwoFactor, updateSecuritySettings } from "@/lib/auth/two-factor";
import { resetTwoFactorSchema, securitySettingsSchema } from "@/lib/auth/two-factor-schema";

// The data-access functions authorize against "user.manage".

export const updateSecuritySettingsAction = defineAction({
  schema: securitySettingsSchema,
  run: (data, user) => updateSecuritySettings(user, data),
  revalidate: ["/admin/security"],
});

export const resetTwoFactorAction = defineAction({
  schema: resetTwoFactorSchema,
  run: (data, user) => resetTwoFactor(user, data),
  revalidate: [{ path: "/admin/users", type: "layout" }],
});
