"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { PlainButton as Button, PlainSelect as Select } from "@/components/ui/plain-controls";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { Field, FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { roleLabels, roles, type Role } from "@/lib/auth/policy";
import type { ChangeRoleInput } from "@/lib/users/schema";
import { EnumOptions } from "@/components/ui/enum-options";

type Props = { id: string; version: number; role: Role; disabledReason?: string; action: ServerAction };

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/users/schema").then((m) => m.changeRoleFormSchema));

export function ChangeRoleForm({ id, version, role, disabledReason, action }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const { register, handleSubmit, formState, setError } = useForm<ChangeRoleInput>({
    resolver,
    defaultValues: { role },
  });

  async function onSubmit(values: ChangeRoleInput) {
    setFormError(undefined);
    setNotice(undefined);
    const result = await action({ id, version, values });
    if (!result.ok) {
      setFormError(result.formError);
      const message = result.fieldErrors?.role?.[0];
      if (message) setError("role", { message });
      return;
    }
    setNotice(`Role changed to ${roleLabels[values.role]}. It applies from the user's next request.`);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label="Change role">
      <FormError>{formError}</FormError>
      <Notice>{notice}</Notice>
      <Field id="role" label="Role" hint={disabledReason} error={formState.errors.role?.message}>
        <Select disabled={!!disabledReason} {...register("role")}>
          <EnumOptions values={roles} labels={roleLabels} />
        </Select>
      </Field>
      <Button type="submit" variant="secondary" disabled={!!disabledReason || formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Change role"}
      </Button>
    </form>
  );
}
