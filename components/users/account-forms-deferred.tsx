"use client";

import { formAfterLoad } from "@/components/forms/lazy-form";

// The user page's two forms, fetched once the page has loaded (see lazy-form.tsx).
export const ChangeRoleForm = formAfterLoad(() => import("./change-role-form").then((m) => m.ChangeRoleForm), "min-h-[7.5rem]");
export const ResetPasswordForm = formAfterLoad(() => import("./reset-password-form").then((m) => m.ResetPasswordForm), "min-h-[10rem]");
