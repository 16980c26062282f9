"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field, Notice } from "@/components/ui/field";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import type { ServerAction } from "@/lib/action";
import type { ReplyFormInput, ReplyFormValues } from "@/lib/appeals/schema";

type Props = { appealId: string; today: string; recipients: Array<{ id: string; name: string }>; action: ServerAction };

/** A reply came back: the first one makes the appeal "response received". */
// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/appeals/schema").then((m) => m.replyFormSchema));

export function ReplyForm({ appealId, today, recipients, action }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState<string>();
  const blank: ReplyFormInput = { receivedOn: today, fromName: "", recipientId: "", summary: "", bodyText: "" };
  const form = useForm<ReplyFormInput, unknown, ReplyFormValues>({ resolver, defaultValues: blank });
  const { register, handleSubmit, formState, setError, reset } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const errors = formState.errors;

  async function onSubmit() {
    clear();
    setSaved(undefined);
    const values = form.getValues();
    const result = await action({ appealId, values });
    if (!accept(result)) return;
    setSaved(`Reply from ${values.fromName} logged.`);
    reset(blank);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-medium text-slate-900">Log a reply</h3>
      <ActionFailure failure={failure} />
      <Notice>{saved}</Notice>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="receivedOn" label="Received on" required error={errors.receivedOn?.message}>
          <Input type="date" {...register("receivedOn")} />
        </Field>
        <Field id="fromName" label="From" required hint="Who signed the reply." error={errors.fromName?.message}>
          <Input {...register("fromName")} autoComplete="off" />
        </Field>
        <Field id="recipientId" label="In answer to" error={errors.recipientId?.message}>
          <Select {...register("recipientId")}>
            <option value="">Not a particular recipient</option>
            {recipients.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="summary" label="Summary" required error={errors.summary?.message}>
        <Textarea rows={2} {...register("summary")} />
      </Field>
      <Field id="bodyText" label="Text of the reply" error={errors.bodyText?.message}>
        <Textarea rows={5} {...register("bodyText")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Log reply"}
      </Button>
    </form>
  );
}
