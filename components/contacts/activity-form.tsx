"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field, FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { activityKindLabels, activityKinds } from "@/lib/contacts/labels";
import type { ActivityFormInput, ActivityFormValues } from "@/lib/contacts/schema";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/contacts/schema").then((m) => m.activityFormSchema));

/** Now, as a datetime-local value in the browser's own time zone. */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

const fresh = (): ActivityFormInput => ({
  kind: "call",
  occurredAt: localNow(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  subject: "",
  body: "",
});

export function ActivityForm({ contactId, action }: { contactId: string; action: ServerAction }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  // The server does not know the reader's clock or zone: both are filled in once in the browser.
  const form = useForm<ActivityFormInput, unknown, ActivityFormValues>({
    resolver,
    defaultValues: { kind: "call", occurredAt: "", timeZone: "UTC", subject: "", body: "" },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  useEffect(() => reset(fresh()), [reset]);
  const e = formState.errors;

  async function onSubmit() {
    setFormError(undefined);
    setSaved(undefined);
    const values = form.getValues();
    const result = await action({ contactId, values });
    if (!result.ok) {
      setFormError(result.formError);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as Path<ActivityFormInput>, { message: messages[0] });
      }
      return;
    }
    setSaved(`Logged: ${values.subject}`);
    reset(fresh());
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Log an activity" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold text-slate-900">Log an activity</h3>
      <FormError>{formError}</FormError>
      <Notice>{saved}</Notice>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="activity-kind" label="Kind" required error={e.kind?.message}>
          <Select {...register("kind")}>
            <EnumOptions values={activityKinds} labels={activityKindLabels} />
          </Select>
        </Field>
        <Field id="activity-occurredAt" label="When" required error={e.occurredAt?.message}>
          <Input type="datetime-local" {...register("occurredAt")} />
        </Field>
      </div>
      <Field id="activity-subject" label="Subject" required error={e.subject?.message}>
        <Input {...register("subject")} />
      </Field>
      <Field id="activity-body" label="Details" error={e.body?.message}>
        <Textarea rows={3} {...register("body")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Log activity"}
      </Button>
    </form>
  );
}
