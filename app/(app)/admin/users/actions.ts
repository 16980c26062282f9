"use server";

import { defineAction } from "@/lib/action";
import { changeRole, createUser, deactivateUser, reactivateUser, resetPassword } from "@/lib/users/mutations";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, userStatusChangeSchema } from "@/lib/users/schema";

// The data-access functions authorize against "user.manage".

export const createUserAction = defineAction({
  schema: createUserSchema,
  run: (values, user) => createUser(user, values),
  revalidate: ["/admin/users"],
});

export const changeRoleAction = defineAction({
  schema: changeRoleSchema,
  run: (data, user) => changeRole(user, data),
  revalidate: [{ path: "/admin/users", type: "layout" }],
});

export const deactivateUserAction = defineAction({
  schema: userStatusChangeSchema,
  run: (data, user) => deactivateUser(user, data),
  revalidate: [{ path: "/admin/users", type: "layout" }],
});

export const reactivateUserAction = defineAction({
  schema: userStatusChangeSchema,
  run: (data, user) => reactivateUser(user, data),
  revalidate: [{ path: "/admin/users", type: "layout" }],
});

export const resetPasswordAction = defineAction({
  schema: resetPasswordSchema,
  run: (data, user) => resetPassword(user, data),
  revalidate: [{ path: "/admin/users", type: "layout" }],
});
