"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/action";
import { verifyCodeSchema, type VerifyCodeInput } from "@/lib/auth/two-factor-schema";

/** The code step of sign-in; on success the action redirects to where the user was going. */
export function TwoFactorCodeForm({ callbackUrl, action }: { callbackUrl?: string; action: ServerAction }) {
  const { register, handleSubmit, setError, formState } = useForm<VerifyCodeInput>({
    resolver: zodResolver(verifyCodeSchema),
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
