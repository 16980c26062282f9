"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { CodeInput } from "@/lib/auth/two-factor-schema";
import { RecoveryCodes } from "./recovery-codes";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/auth/two-factor-schema").then((m) => m.codeSchema));

/** New recovery codes, or turning the second factor off; both need a current code. */
export function OwnTwoFactor({ canDisable, actions }: { canDisable: boolean; actions: { regenerate: ServerAction<{ recoveryCodes: string[] }>; disable: ServerAction } }) {
  const router = useRouter();
  const [codes, setCodes] = useState<string[]>();
  const { register, handleSubmit, setError, reset, formState } = useForm<CodeInput>({ resolver, defaultValues: { code: "" } });
  const { failure, clear, accept } = useActionFailure(setError);

  const regenerate = handleSubmit(async (values) => {
    clear();
    const result = await actions.regenerate(values);
    if (accept(result)) {
      setCodes(result.data.recoveryCodes);
      reset();
      router.refresh();
    }
  });
  const disable = handleSubmit(async (values) => {
    clear();
    if (accept(await actions.disable(values))) router.refresh();
  });

  return (
    <div className="space-y-3">
      {codes && <RecoveryCodes codes={codes} />}
      <form method="post" onSubmit={regenerate} noValidate className="space-y-3">
        <ActionFailure failure={failure} />
        <Field id="code" label="Current code from your app" error={formState.errors.code?.message} hint="Needed to make new recovery codes or to turn two-factor sign-in off.">
          <Input autoComplete="one-time-code" inputMode="numeric" spellCheck={false} {...register("code")} />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
            New recovery codes
          </Button>
          {canDisable && (
            <Button type="button" variant="danger" disabled={formState.isSubmitting} onClick={() => void disable()}>
              Turn off two-factor sign-in
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
