import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").email("Enter a valid e-mail address.").max(320),
  password: z.string().min(1, "Enter your password.").max(1000),
  callbackUrl: z.string().optional(),
});
export type SignInInput = z.input<typeof signInSchema>;

export const passwordRule = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(200, "At most 200 characters.");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    newPassword: passwordRule,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "The two passwords differ.", path: ["confirmPassword"] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: "Choose a password different from the current one.", path: ["newPassword"] });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

const base = "http://app.invalid";
// Control characters (browsers strip tabs and newlines, turning "/\t/evil" into "//evil") and
// backslashes (read as slashes) anywhere, also once percent-decoded: "%5C", "%09", "%252F".
const refused = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/;

function decodings(url: string): string[] {
  const forms = [url];
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(forms[forms.length - 1]);
      if (next === forms[forms.length - 1]) break;
      forms.push(next);
    } catch {
      return [...forms, "\\"]; // malformed escapes: refused
    }
  }
  return forms;
}

/**
 * Where to go after signing in: a path of this app, or "/". The callback is resolved against our
 * own origin with `new URL` and kept only when it stays there; whatever a browser could read as
 * another site ("//evil", "/\\evil", "https:evil", "/%09/evil", encoded twice) is refused.
 */
export function safeCallback(url: string | null | undefined): string {
  if (!url || url.length > 2000) return "/";
  const forms = decodings(url);
  if (forms.some((form) => refused.test(form) || !form.startsWith("/") || form.startsWith("//"))) return "/";
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return "/";
  }
  if (parsed.origin !== base) return "/";
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
