"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { Field, FormError } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { SignInInput } from "@/lib/auth/schema";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/auth/schema").then((m) => m.signInSchema));

export function LoginForm({ callbackUrl, action }: { callbackUrl?: string; action: ServerAction }) {
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver,
    defaultValues: { email: "", password: "", callbackUrl },
  });

  async function onSubmit(values: SignInInput) {
    setFormError(undefined);
    const result = await action(values);
    if (result && !result.ok) setFormError(result.formError);
  }

  // method="post": should scripts fail to load, the browser must never put the password in a URL.
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <FormError>{formError}</FormError>
      <Field id="email" label="E-mail" error={formState.errors.email?.message}>
        <Input type="email" autoComplete="username" autoFocus {...register("email")} />
      </Field>
      <Field id="password" label="Password" error={formState.errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...register("password")} />
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
