"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { roleLabels, roles, type Role } from "@/lib/auth/policy";
import type { SecuritySettingsInput } from "@/lib/auth/two-factor-schema";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/auth/two-factor-schema").then((m) => m.securitySettingsSchema));

export function SecuritySettingsForm({ version, twoFactorRoles, action }: { version: number; twoFactorRoles: Role[]; action: ServerAction }) {
  const router = useRouter();
  const [notice, setNotice] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<SecuritySettingsInput>({
    resolver,
    defaultValues: { version, values: { twoFactorRoles } },
  });
  const { failure, clear, accept } = useActionFailure(setError);

  async function onSubmit(data: SecuritySettingsInput) {
    clear();
    setNotice(undefined);
    if (accept(await action({ ...data, version }))) {
      setNotice("Saved. It applies from each user's next request.");
      router.refresh();
    }
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      <ActionFailure failure={failure} currentHref="/admin/security" />
      <Notice>{notice}</Notice>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Roles that must use two-factor sign-in</legend>
        <div className="mt-2 space-y-1">
          {roles.map((role) => (
            <label key={role} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" value={role} className="h-4 w-4" {...register("values.twoFactorRoles")} />
              {roleLabels[role]}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
