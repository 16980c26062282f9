// One zod schema per form, used by the form's resolver and by the server action.
import { z } from "zod";
import { passwordRule } from "@/lib/auth/schema";
import { roles } from "@/lib/auth/policy";

export const userStatuses = ["active", "inactive", "all"] as const;
export type UserStatusFilter = (typeof userStatuses)[number];

export const userStatusLabels: Record<UserStatusFilter, string> = {
  active: "Active",
  inactive: "Deactivated",
  all: "All",
};

const role = z.enum(roles, { message: "Choose a role." });

export const createUserSchema = z.object({
  // Stored lower-case: sign-in compares lower(email), and one spelling avoids look-alike duplicates.
  email: z.string().trim().toLowerCase().min(1, "Enter an e-mail address.").email("Enter a valid e-mail address.").max(320, "At most 320 characters."),
  name: z.string().trim().min(2, "Enter the person's name (at least 2 characters).").max(200, "At most 200 characters."),
  role,
  password: passwordRule,
});
export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUserValues = z.output<typeof createUserSchema>;

const idVersion = { id: z.uuid(), version: z.number().int().positive() };

export const changeRoleFormSchema = z.object({ role });
export type ChangeRoleInput = z.input<typeof changeRoleFormSchema>;
export const changeRoleSchema = z.object({ ...idVersion, values: changeRoleFormSchema });

export const resetPasswordFormSchema = z.object({ password: passwordRule });
export type ResetPasswordInput = z.input<typeof resetPasswordFormSchema>;
export const resetPasswordSchema = z.object({ ...idVersion, values: resetPasswordFormSchema });

/** Deactivate and reactivate carry only the row and the version the admin saw. */
export const userStatusChangeSchema = z.object(idVersion);

/** The list's URL parameters; anything unexpected falls back to the default. */
export const userListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  role: z.enum([...roles, "all"]).catch("all"),
  status: z.enum(userStatuses).catch("active"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type UserListParams = z.output<typeof userListSchema>;
