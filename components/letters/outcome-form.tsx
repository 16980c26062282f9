"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field, Notice } from "@/components/ui/field";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import type { ServerAction } from "@/lib/action";
import type { LetterOutcomeInput, LetterOutcomeValues } from "@/lib/letters/schema";

type Props = { letterId: string; version: number; values: LetterOutcomeInput; action: ServerAction };

/** When it was sent, its reference, the reply: the letter's status follows from these. */
// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/letters/schema").then((m) => m.letterOutcomeSchema));

export function OutcomeForm({ letterId, version, values, action }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<LetterOutcomeInput, unknown, LetterOutcomeValues>({ resolver, defaultValues: values });
  const { register, handleSubmit, formState, setError } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const errors = formState.errors;

  async function onSubmit() {
    clear();
    setSaved(false);
    const result = await action({ id: letterId, version, values: form.getValues() });
    if (!accept(result)) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <ActionFailure failure={failure} currentHref={`/letters/${letterId}`} />
      {saved && <Notice>Outcome saved.</Notice>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="dispatchedOn" label="Sent on" error={errors.dispatchedOn?.message}>
          <Input type="date" {...register("dispatchedOn")} />
        </Field>
        <Field id="referenceNumber" label="Reference" hint="“Written Declaration No. 682”, “E-001234/2020”" error={errors.referenceNumber?.message}>
          <Input {...register("referenceNumber")} autoComplete="off" />
        </Field>
        <Field id="reportedSignatures" label="Published count" hint="Only when not every signatory is on file." error={errors.reportedSignatures?.message}>
          <Input type="number" min={1} inputMode="numeric" {...register("reportedSignatures")} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="replyReceivedOn" label="Reply received on" error={errors.replyReceivedOn?.message}>
          <Input type="date" {...register("replyReceivedOn")} />
        </Field>
        <Field id="replyFrom" label="Reply from" error={errors.replyFrom?.message}>
          <Input {...register("replyFrom")} autoComplete="off" />
        </Field>
      </div>
      <Field id="replySummary" label="Reply summary" error={errors.replySummary?.message}>
        <Textarea rows={3} {...register("replySummary")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save outcome"}
      </Button>
    </form>
  );
}
