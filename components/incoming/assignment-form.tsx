"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field, Notice } from "@/components/ui/field";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import type { ServerAction } from "@/lib/action";
import type { IncomingAssignmentInput, IncomingAssignmentValues } from "@/lib/incoming/schema";

type Props = { id: string; version: number; values: IncomingAssignmentInput; officers: Array<{ id: string; name: string }>; action: ServerAction };

/** Who handles the appeal, by when, and what is asked; the original text is not editable. */
// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/incoming/schema").then((m) => m.incomingAssignmentSchema));

export function AssignmentForm({ id, version, values, officers, action }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<IncomingAssignmentInput, unknown, IncomingAssignmentValues>({ resolver, defaultValues: values });
  const { register, handleSubmit, formState, setError } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const errors = formState.errors;

  async function onSubmit() {
    clear();
    setSaved(false);
    const result = await action({ id, version, values: form.getValues() });
    if (!accept(result)) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <ActionFailure failure={failure} currentHref={`/incoming/${id}`} />
      {saved && <Notice>Saved.</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="assignedToId" label="Assigned officer" error={errors.assignedToId?.message}>
          <Select {...register("assignedToId")}>
            <option value="">Nobody yet</option>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="dueOn" label="Due on" error={errors.dueOn?.message}>
          <Input type="date" {...register("dueOn")} />
        </Field>
      </div>
      <Field id="requestSummary" label="What is asked" error={errors.requestSummary?.message}>
        <Textarea rows={3} {...register("requestSummary")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save assignment"}
      </Button>
    </form>
  );
}
