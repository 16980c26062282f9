"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { LazyMarkdown as Markdown } from "@/components/letters/lazy-markdown";
import { ActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { useSaveRecord } from "@/components/ui/save-record";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { formatLetterDate } from "@/lib/appeals/letter";
import { APPEAL_FIELDS, personalize, type AppealRecipientSnapshot } from "@/lib/appeals/merge";
import { appealTypeLabels, appealTypes } from "@/lib/appeals/labels";
import type { AppealFormInput, AppealFormValues } from "@/lib/appeals/schema";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/appeals/schema").then((m) => m.appealFormSchema));

type Option = { id: string; name: string };
type Recipient = AppealRecipientSnapshot & { id: string };
type Props = {
  appeal?: { id: string; version: number; values: AppealFormInput };
  campaigns: Option[];
  cases: Option[];
  /** The appeal's recipients, to preview the letter as one of them receives it. */
  recipients: Recipient[];
  /** createAppealAction for a new appeal, updateAppealAction for an existing one */
  action: ServerAction<{ id: string }>;
};

const empty: AppealFormInput = {
  type: "urgent_appeal", title: "", language: "en", campaignId: "", caseIds: [], subject: "",
  bodyMarkdown: "{{salutation}},\n\nWe are writing to you about {{case_names}}.\n\n",
};

// Who the preview is addressed to before any recipient is chosen.
const sample: Recipient = {
  id: "sample",
  name: "Iryna Venediktova",
  title: "Prosecutor General of Ukraine",
  organization: "Office of the Prosecutor General",
  postalAddress: "13/15 Riznytska St., Kyiv, 01011, Ukraine",
  salutation: "Dear Prosecutor General",
};

export function AppealForm({ appeal, campaigns, cases, recipients, action }: Props) {
  const router = useRouter();
  const form = useForm<AppealFormInput, unknown, AppealFormValues>({ resolver, defaultValues: appeal?.values ?? empty });
  const { register, handleSubmit, formState, control } = form;
  const { failure, save, currentHref } = useSaveRecord(form, action, appeal, "/appeals");
  const errors = formState.errors;
  const [subject, body, caseIds, language] = useWatch({ control, name: ["subject", "bodyMarkdown", "caseIds", "language"] });
  const [previewFor, setPreviewFor] = useState(recipients[0]?.id ?? "sample");

  const recipient = recipients.find((r) => r.id === previewFor) ?? sample;
  const caseNames = cases.filter((c) => (caseIds ?? []).includes(c.id)).map((c) => c.name);
  const date = formatLetterDate(new Date(), language || "en");
  const preview = personalize({ subject: subject ?? "", bodyMarkdown: body ?? "" }, recipient, caseNames, date);

  return (
    <form method="post" onSubmit={handleSubmit(save)} noValidate className="max-w-6xl space-y-5">
      <ActionFailure failure={failure} currentHref={currentHref} />
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="type" label="Type" required error={errors.type?.message}>
          <Select {...register("type")}>
            <EnumOptions values={appealTypes} labels={appealTypeLabels} />
          </Select>
        </Field>
        <Field id="language" label="Language" required hint="Two letters: en, fr, ru…" error={errors.language?.message}>
          <Input {...register("language")} maxLength={2} autoComplete="off" />
        </Field>
        <Field id="campaignId" label="Campaign" error={errors.campaignId?.message}>
          <Select {...register("campaignId")}>
            <option value="">None</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="title" label="Title" required hint="For the team; recipients see the subject." error={errors.title?.message}>
        <Input {...register("title")} autoComplete="off" />
      </Field>
      <Field id="caseIds" label="Cases" hint="Hold Ctrl (⌘ on a Mac) to choose several." error={errors.caseIds?.message}>
        <Select multiple className="h-32" {...register("caseIds")}>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="grid gap-5 lg:grid-cols-2">
        <div className="space-y-5">
          <Field id="subject" label="Subject" error={errors.subject?.message}>
            <Input {...register("subject")} autoComplete="off" />
          </Field>
          <Field id="bodyMarkdown" label="Text (Markdown)" error={errors.bodyMarkdown?.message}>
            <Textarea rows={18} className="font-mono" {...register("bodyMarkdown")} />
          </Field>
          <section aria-labelledby="fields-heading" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
            <h2 id="fields-heading" className="font-medium text-slate-900">
              Merge fields
            </h2>
            <p className="text-xs text-slate-600">Each is replaced for every recipient; any other {"{{field}}"} is refused.</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              {Object.entries(APPEAL_FIELDS).map(([name, label]) => (
                <div key={name} className="contents">
                  <dt>
                    <code className="text-xs">{`{{${name}}}`}</code>
                  </dt>
                  <dd className="text-slate-700">{label}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
        <section aria-labelledby="preview-heading" className="space-y-2">
          <h2 id="preview-heading" className="text-sm font-medium text-slate-800">
            Preview
          </h2>
          <div>
            <label htmlFor="previewFor" className="mb-1 block text-xs font-medium text-slate-800">
              As received by
            </label>
            <Select id="previewFor" value={previewFor} onChange={(e) => setPreviewFor(e.target.value)}>
              <option value="sample">A sample recipient ({sample.name})</option>
              {recipients.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </div>
          <div className="min-h-40 space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="appeal-preview">
            {preview.subject && (
              <p className="text-sm">
                <span className="font-medium">Subject:</span> {preview.subject}
              </p>
            )}
            {preview.bodyMarkdown.trim() ? <Markdown>{preview.bodyMarkdown}</Markdown> : <p className="text-sm text-slate-600">The text appears here as you type.</p>}
          </div>
        </section>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : appeal ? "Save changes" : "Create appeal"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

