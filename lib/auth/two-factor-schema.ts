import { z } from "zod";
import { roles } from "./policy";

/** A 6-digit authenticator code or a recovery code (xxxxx-xxxxx, spaces and dashes ignored). */
export const codeSchema = z.object({
  code: z.string().trim().min(1, "Enter the code.").max(40, "That is not a code."),
});
export type CodeInput = z.input<typeof codeSchema>;

export const verifyCodeSchema = codeSchema.extend({ callbackUrl: z.string().optional() });
export type VerifyCodeInput = z.input<typeof verifyCodeSchema>;

export const securitySettingsSchema = z.object({
  version: z.number().int().min(0),
  values: z.object({ twoFactorRoles: z.array(z.enum(roles)).max(roles.length) }),
});
export type SecuritySettingsInput = z.input<typeof securitySettingsSchema>;

export const resetTwoFactorSchema = z.object({ id: z.uuid() });
