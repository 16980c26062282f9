"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { changeRole, createUser, deactivateUser, reactivateUser, resetPassword } from "@/lib/users/mutations";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, userStatusChangeSchema } from "@/lib/users/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy ("user.manage" in lib/auth/policy.ts).

export async function createUserAction(input: unknown) {
  const result = await runAction(createUserSchema, input, (values, user) => createUser(user, values));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function changeRoleAction(input: unknown) {
  const result = await runAction(changeRoleSchema, input, (data, user) => changeRole(user, data));
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}

export async function deactivateUserAction(input: unknown) {
  const result = await runAction(userStatusChangeSchema, input, (data, user) => deactivateUser(user, data));
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}

export async function reactivateUserAction(input: unknown) {
  const result = await runAction(userStatusChangeSchema, input, (data, user) => reactivateUser(user, data));
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}

export async function resetPasswordAction(input: unknown) {
  const result = await runAction(resetPasswordSchema, input, (data, user) => resetPassword(user, data));
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}
