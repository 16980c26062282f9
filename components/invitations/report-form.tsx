"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { LazyMarkdown as Markdown } from "@/components/letters/lazy-markdown";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field, Notice } from "@/components/ui/field";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import type { ServerAction } from "@/lib/action";
import type { ReportFormInput } from "@/lib/invitations/schema";

/** The short report, in Markdown with a live preview; saved against the event's version. */
// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/invitations/schema").then((m) => m.reportFormSchema));

export function ReportForm({ eventId, version, report, action }: { eventId: string; version: number; report: string; action: ServerAction }) {
  const router = useRouter();
  const form = useForm<ReportFormInput>({ resolver, defaultValues: { report } });
  const { register, handleSubmit, formState, setError, control } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const [saved, setSaved] = useState(false);
  const text = useWatch({ control, name: "report" }) ?? "";

  async function onSubmit() {
    clear();
    setSaved(false);
    const result = await action({ eventId, version, values: form.getValues() });
    if (!accept(result)) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <ActionFailure failure={failure} currentHref={`/events/${eventId}/report`} />
      <div className="grid gap-5 lg:grid-cols-2">
        <Field id="report" label="Report (Markdown)" hint="Who came, what was said, what follows." error={formState.errors.report?.message}>
          <Textarea rows={14} {...register("report")} />
        </Field>
        <section aria-labelledby="report-preview-heading" className="space-y-2">
          <h3 id="report-preview-heading" className="text-sm font-medium text-slate-800">
            Preview
          </h3>
          <div className="min-h-40 rounded-md border border-slate-200 bg-white p-4" data-testid="report-preview">
            {text.trim() ? <Markdown>{text}</Markdown> : <p className="text-sm text-slate-600">The report appears here as you type.</p>}
          </div>
        </section>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save report"}
        </Button>
        {saved && <Notice>Report saved.</Notice>}
      </div>
    </form>
  );
}
