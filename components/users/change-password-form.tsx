"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { Field, FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { ChangePasswordInput } from "@/lib/auth/schema";

const empty: ChangePasswordInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/auth/schema").then((m) => m.changePasswordSchema));

export function ChangePasswordForm({ action }: { action: ServerAction }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangePasswordInput>({
    resolver,
    defaultValues: empty,
  });
  const errors = formState.errors;

  async function onSubmit(values: ChangePasswordInput) {
    setFormError(undefined);
    setDone(false);
    const result = await action(values);
    if (!result.ok) {
      setFormError(result.formError);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as Path<ChangePasswordInput>, { message: messages[0] });
      }
      return;
    }
    reset(empty);
    setDone(true);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-md space-y-5">
      <FormError>{formError}</FormError>
      <Notice>{done && "Your password has been changed. Any other sessions of yours were signed out; this one stays open."}</Notice>
      <Field id="currentPassword" label="Current password" required error={errors.currentPassword?.message}>
        <Input type="password" autoComplete="current-password" {...register("currentPassword")} />
      </Field>
      <Field id="newPassword" label="New password" required hint="At least 12 characters. A phrase of several words is easy to remember and hard to guess." error={errors.newPassword?.message}>
        <Input type="password" autoComplete="new-password" {...register("newPassword")} />
      </Field>
      <Field id="confirmPassword" label="New password again" required error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
