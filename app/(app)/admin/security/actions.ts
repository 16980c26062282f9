"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { resetTwoFactor, updateSecuritySettings } from "@/lib/auth/two-factor";
import { resetTwoFactorSchema, securitySettingsSchema } from "@/lib/auth/two-factor-schema";

// Public endpoints: the data-access functions authorize against "user.manage".

export async function updateSecuritySettingsAction(input: unknown) {
  const result = await runAction(securitySettingsSchema, input, (data, user) => updateSecuritySettings(user, data));
  if (result.ok) revalidatePath("/admin/security");
  return result;
}

export async function resetTwoFactorAction(input: unknown) {
  const result = await runAction(resetTwoFactorSchema, input, (data, user) => resetTwoFactor(user, data));
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}
