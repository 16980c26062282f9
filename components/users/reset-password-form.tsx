"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { Field, FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { ResetPasswordInput } from "@/lib/users/schema";

type Props = { id: string; version: number; action: ServerAction };

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/users/schema").then((m) => m.resetPasswordFormSchema));

export function ResetPasswordForm({ id, version, action }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const { register, handleSubmit, formState, setError, reset } = useForm<ResetPasswordInput>({
    resolver,
    defaultValues: { password: "" },
  });

  async function onSubmit(values: ResetPasswordInput) {
    setFormError(undefined);
    setNotice(undefined);
    const result = await action({ id, version, values });
    if (!result.ok) {
      setFormError(result.formError);
      const message = result.fieldErrors?.password?.[0];
      if (message) setError("password", { message });
      return;
    }
    reset({ password: "" });
    setNotice("Temporary password set. The user was signed out everywhere and must choose a new password at next sign-in.");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label="Reset password">
      <FormError>{formError}</FormError>
      <Notice>{notice}</Notice>
      <Field
        id="reset-password"
        label="New temporary password"
        hint="At least 12 characters. Signs the user out everywhere; they must choose their own password at next sign-in."
        error={formState.errors.password?.message}
      >
        <Input type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Set temporary password"}
      </Button>
    </form>
  );
}
