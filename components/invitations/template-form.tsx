"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field, Notice } from "@/components/ui/field";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import type { ServerAction } from "@/lib/action";
import { INVITATION_FIELDS, invitationText, type InvitationEvent, type InvitationGuest } from "@/lib/invitations/merge";
import type { TemplateFormInput } from "@/lib/invitations/schema";

type Guest = InvitationGuest & { id: string };
type Props = {
  eventId: string;
  version: number;
  template: string;
  /** startsAt as an ISO string: it crosses from the server */
  event: Omit<InvitationEvent, "startsAt"> & { startsAt: string | null };
  guests: Guest[];
  action: ServerAction;
};

// Who the preview is addressed to before anyone is invited.
const sample: Guest = { id: "sample", name: "Heidi Hautala", title: "Vice-President of the European Parliament", salutation: "Dear Ms Hautala" };
const SAMPLE_LINK = "https://…/rsvp/(the guest's private link)";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/invitations/schema").then((m) => m.templateFormSchema));

export function TemplateForm({ eventId, version, template, event, guests, action }: Props) {
  const router = useRouter();
  const form = useForm<TemplateFormInput>({ resolver, defaultValues: { template } });
  const { register, handleSubmit, formState, setError, control } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const [saved, setSaved] = useState(false);
  const [previewFor, setPreviewFor] = useState(guests[0]?.id ?? "sample");
  const text = useWatch({ control, name: "template" }) ?? "";
  const guest = guests.find((g) => g.id === previewFor) ?? sample;
  // The same rendering as the stored and sent texts (lib/invitations/merge.ts), so what is previewed is what goes out.
  const preview = invitationText(text, { ...event, startsAt: event.startsAt ? new Date(event.startsAt) : null }, guest, SAMPLE_LINK);

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
      <ActionFailure failure={failure} currentHref={`/events/${eventId}/invitations`} />
      <div className="grid gap-5 lg:grid-cols-2">
        <div className="space-y-4">
          <Field id="template" label="Invitation template" hint="Each guest's text is generated from it." error={formState.errors.template?.message}>
            <Textarea rows={14} className="font-mono" {...register("template")} />
          </Field>
          <details className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
            <summary className="cursor-pointer font-medium text-slate-900">Merge fields</summary>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              {Object.entries(INVITATION_FIELDS).map(([name, label]) => (
                <div key={name} className="contents">
                  <dt>
                    <code className="text-xs">{`{{${name}}}`}</code>
                  </dt>
                  <dd className="text-slate-700">{label}</dd>
                </div>
              ))}
            </dl>
          </details>
        </div>
        <section aria-labelledby="template-preview-heading" className="space-y-2">
          <h3 id="template-preview-heading" className="text-sm font-medium text-slate-800">
            Preview
          </h3>
          <div>
            <label htmlFor="previewFor" className="mb-1 block text-xs font-medium text-slate-800">
              As received by
            </label>
            <Select id="previewFor" value={previewFor} onChange={(e) => setPreviewFor(e.target.value)}>
              <option value="sample">A sample guest ({sample.name})</option>
              {guests.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </Select>
          </div>
          <p className="min-h-40 whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-4 text-sm" data-testid="invitation-preview">
            {preview.trim() || "The text appears here as you type."}
          </p>
        </section>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save template"}
        </Button>
        {saved && <Notice>Template saved.</Notice>}
      </div>
    </form>
  );
}
