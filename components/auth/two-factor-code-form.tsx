"use client";

import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { VerifyCodeInput } from "@/lib/auth/two-factor-schema";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/auth/two-factor-schema").then((m) => m.verifyCodeSchema));

/** The code step of sign-in; on success the action redirects to where the user was going. */
export function TwoFactorCodeForm({ callbackUrl, action }: { callbackUrl?: string; action: ServerAction }) {
  const { register, handleSubmit, setError, formState } = useForm<VerifyCodeInput>({
    resolver,
    defaultValues: { code: "", callbackUrl },
  });
  const { failure, clear, accept } = useActionFailure(setError);

  async function onSubmit(values: VerifyCodeInput) {
    clear();
    const result = await action(values);
    if (result) accept(result);
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <ActionFailure failure={failure} />
      <Field id="code" label="Authentication code or recovery code" error={formState.errors.code?.message} hint="6 digits from your app, or a recovery code such as abcde-fghjk.">
        <Input autoComplete="one-time-code" autoFocus spellCheck={false} autoCapitalize="none" {...register("code")} />
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Checking…" : "Verify"}
      </Button>
    </form>
  );
}
