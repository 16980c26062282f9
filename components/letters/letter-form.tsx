"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { ActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { useSaveRecord } from "@/components/ui/save-record";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { parliamentaryBodies, parliamentaryBodyLabels } from "@/lib/contacts/labels";
import { outreachFields, renderOutreach } from "@/lib/letters/outreach";
import { editableLetterStatuses, letterKindLabels, letterKinds, letterStatusLabels } from "@/lib/letters/labels";
import type { LetterFormInput, LetterFormValues } from "@/lib/letters/schema";
import { LazyMarkdown as Markdown } from "./lazy-markdown";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/letters/schema").then((m) => m.letterFormSchema));

type Option = { id: string; name: string };
type Props = {
  letter?: { id: string; version: number; values: LetterFormInput; sent: boolean };
  campaigns: Option[];
  cases: Option[];
  /** createLetterAction for a new letter, updateLetterAction for an existing one */
  action: ServerAction<{ id: string }>;
};

const empty: LetterFormInput = {
  kind: "joint_letter", title: "", addressee: "", parliamentaryBody: "european_parliament", language: "en", body: "",
  outreachTemplate: "{{salutation}}\n\nWe would be grateful if you would co-sign our letter “{{letter_title}}”. Signatures are collected until {{deadline}}.",
  targetSignatures: "", deadline: "", campaignId: "", caseIds: [], status: "draft",
};

// What the outreach preview is rendered for: the actual message per member is on their own page.
const sample = { salutation: "Dear Mr Kelam,", fullName: "Tunne Kelam", title: "Member of the European Parliament", country: "EE", politicalGroup: "EPP" };

export function LetterForm({ letter, campaigns, cases, action }: Props) {
  const router = useRouter();
  const form = useForm<LetterFormInput, unknown, LetterFormValues>({
    resolver,
    defaultValues: letter?.values ?? empty,
  });
  const { register, handleSubmit, formState, control } = form;
  const { failure, save, currentHref } = useSaveRecord(form, action, letter, "/letters");
  const errors = formState.errors;
  const [body, template, title, deadline] = useWatch({ control, name: ["body", "outreachTemplate", "title", "deadline"] });

  return (
    <form method="post" onSubmit={handleSubmit(save)} noValidate className="max-w-5xl space-y-5">
      <ActionFailure failure={failure} currentHref={currentHref} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="kind" label="Kind" required error={errors.kind?.message}>
          <Select {...register("kind")}>
            <EnumOptions values={letterKinds} labels={letterKindLabels} />
          </Select>
        </Field>
        <Field id="parliamentaryBody" label="Parliamentary body" error={errors.parliamentaryBody?.message}>
          <Select {...register("parliamentaryBody")}>
            <option value="">—</option>
            <EnumOptions values={parliamentaryBodies} labels={parliamentaryBodyLabels} />
          </Select>
        </Field>
      </div>
      <Field id="title" label="Title" required error={errors.title?.message}>
        <Input {...register("title")} autoComplete="off" />
      </Field>
      <Field id="addressee" label="Addressee" hint="Who it is sent to in the end: “President Kassym-Jomart Tokayev”." error={errors.addressee?.message}>
        <Input {...register("addressee")} autoComplete="off" />
      </Field>
      <div className="grid gap-5 lg:grid-cols-2">
        <Field id="body" label="Text (Markdown)" error={errors.body?.message}>
          <Textarea rows={14} className="font-mono" {...register("body")} />
        </Field>
        <section aria-labelledby="body-preview" className="space-y-1">
          <h2 id="body-preview" className="text-sm font-medium text-slate-800">
            Preview
          </h2>
          <div className="min-h-24 rounded-md border border-slate-200 bg-white p-3" aria-live="polite">
            {body?.trim() ? <Markdown>{body}</Markdown> : <p className="text-sm text-slate-600">The text appears here as you type.</p>}
          </div>
        </section>
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <Field
          id="outreachTemplate"
          label="Outreach message"
          hint={`The message each parliamentarian is asked with. Merge fields: ${Object.keys(outreachFields).map((f) => `{{${f}}}`).join(", ")}.`}
          error={errors.outreachTemplate?.message}
        >
          <Textarea rows={8} {...register("outreachTemplate")} />
        </Field>
        <section aria-labelledby="outreach-preview" className="space-y-1">
          <h2 id="outreach-preview" className="text-sm font-medium text-slate-800">
            Outreach preview for a sample member (Tunne Kelam)
          </h2>
          <div className="min-h-24 whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-800">
            {renderOutreach(template ?? "", sample, { title: title || "(title)", deadline: deadline || null }, (d) => d ?? "")}
          </div>
        </section>
      </div>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="language" label="Language" required hint="Two letters: en, fr, ru…" error={errors.language?.message}>
          <Input {...register("language")} maxLength={2} autoComplete="off" />
        </Field>
        <Field id="targetSignatures" label="Target signatures" error={errors.targetSignatures?.message}>
          <Input type="number" min={1} inputMode="numeric" {...register("targetSignatures")} />
        </Field>
        <Field id="deadline" label="Deadline" error={errors.deadline?.message}>
          <Input type="date" {...register("deadline")} />
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
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
        {letter?.sent ? (
          <p className="text-sm text-slate-700">The status follows the outcome now that the letter was sent.</p>
        ) : (
          <Field id="status" label="Status" required error={errors.status?.message}>
            <Select {...register("status")}>
              <EnumOptions values={editableLetterStatuses} labels={letterStatusLabels} />
            </Select>
          </Field>
        )}
      </div>
      <Field id="caseIds" label="Cases" hint="Hold Ctrl (⌘ on a Mac) to choose several." error={errors.caseIds?.message}>
        <Select multiple className="h-40" {...register("caseIds")}>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : letter ? "Save changes" : "Create letter"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
