"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { Field, FormError } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { roleLabels, roles } from "@/lib/auth/policy";
import type { CreateUserInput, CreateUserValues } from "@/lib/users/schema";
import { EnumOptions } from "@/components/ui/enum-options";

const empty: CreateUserInput = { email: "", name: "", role: "viewer", password: "" };

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/users/schema").then((m) => m.createUserSchema));

export function CreateUserForm({ action }: { action: ServerAction<{ id: string }> }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, formState, setError } = useForm<CreateUserInput, unknown, CreateUserValues>({
    resolver,
    defaultValues: empty,
  });
  const errors = formState.errors;

  async function onSubmit(values: CreateUserValues) {
    setFormError(undefined);
    const result = await action(values);
    if (!result.ok) {
      setFormError(result.formError);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as Path<CreateUserInput>, { message: messages[0] });
      }
      return;
    }
    router.push(`/admin/users/${result.data.id}`);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-xl space-y-5">
      <FormError>{formError}</FormError>
      <Field id="email" label="E-mail" required error={errors.email?.message}>
        <Input type="email" autoComplete="off" {...register("email")} />
      </Field>
      <Field id="name" label="Name" required error={errors.name?.message}>
        <Input autoComplete="off" {...register("name")} />
      </Field>
      <Field id="role" label="Role" required error={errors.role?.message}>
        <Select {...register("role")}>
          <EnumOptions values={roles} labels={roleLabels} />
        </Select>
      </Field>
      <Field
        id="password"
        label="Temporary password"
        required
        hint="At least 12 characters. Give it to the person through a separate channel; they must choose their own at first sign-in."
        error={errors.password?.message}
      >
        <Input type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Creating…" : "Create user"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
