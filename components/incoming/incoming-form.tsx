"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { incomingChannelLabels, incomingChannels } from "@/lib/incoming/labels";
import type { IncomingFormInput, IncomingFormValues, SenderMode } from "@/lib/incoming/schema";
import type { LookupOption } from "@/lib/incoming/lookups";
import { LookupSelect } from "./lookup-select";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/incoming/schema").then((m) => m.incomingFormSchema));

type Props = { officers: Array<{ id: string; name: string }>; today: string; actions: { log: ServerAction<{ id: string }>; findSenders: ServerAction<LookupOption[]> } };

const senderChoices: Array<{ value: SenderMode; label: string; hint: string }> = [
  { value: "existing", label: "An existing contact", hint: "Find them by name." },
  { value: "new", label: "A new contact", hint: "Created with this appeal." },
  { value: "name", label: "Only the name", hint: "No contact record." },
];

export function IncomingForm({ officers, today, actions }: Props) {
  const router = useRouter();
  const form = useForm<IncomingFormInput, unknown, IncomingFormValues>({
    resolver,
    defaultValues: {
      senderMode: "new", senderContactId: "", senderName: "", senderEmail: "", receivedOn: today, channel: "email", language: "",
      originalText: "", requestSummary: "", assignedToId: "", dueOn: "",
    },
  });
  const { register, handleSubmit, formState, setError, setValue, control } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const errors = formState.errors;
  const [mode, senderContactId] = useWatch({ control, name: ["senderMode", "senderContactId"] });

  // The server parses the same raw input again with the same schema.
  async function onSubmit() {
    clear();
    const result = await actions.log(form.getValues());
    if (!accept(result)) return; // the message shows; what the user typed stays
    router.push(`/incoming/${result.data.id}`);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-6">
      <ActionFailure failure={failure} />
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">Sender</legend>
        <div role="radiogroup" aria-label="The sender is" className="flex flex-wrap gap-x-6 gap-y-2">
          {senderChoices.map((c) => (
            <label key={c.value} className="flex items-start gap-2 text-sm text-slate-800">
              <input type="radio" value={c.value} {...register("senderMode")} className="mt-0.5 h-4 w-4 accent-blue-800" />
              <span>
                {c.label} <span className="text-slate-600">— {c.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {mode === "existing" && (
          <LookupSelect
            id="senderContactId"
            label="Contact"
            searchLabel="Find a contact"
            placeholder="Name, any script"
            search={actions.findSenders}
            value={senderContactId}
            onChange={(id) => setValue("senderContactId", id, { shouldValidate: formState.isSubmitted })}
            error={errors.senderContactId?.message}
          />
        )}
        <Field
          id="senderName"
          label={mode === "existing" ? "Name as signed" : "Sender's name"}
          required={mode !== "existing"}
          hint={mode === "existing" ? "Leave empty to use the contact's name." : mode === "new" ? "The new contact's full name." : "As the sender signed."}
          error={errors.senderName?.message}
        >
          <Input {...register("senderName")} autoComplete="off" />
        </Field>
        {mode === "new" && (
          <Field id="senderEmail" label="Sender's e-mail" error={errors.senderEmail?.message}>
            <Input type="email" {...register("senderEmail")} autoComplete="off" />
          </Field>
        )}
      </fieldset>

      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="receivedOn" label="Received on" required error={errors.receivedOn?.message}>
          <Input type="date" {...register("receivedOn")} />
        </Field>
        <Field id="channel" label="Channel" required error={errors.channel?.message}>
          <Select {...register("channel")}>
            <EnumOptions values={incomingChannels} labels={incomingChannelLabels} />
          </Select>
        </Field>
        <Field id="language" label="Language" hint="Two letters: en, kk, ru…" error={errors.language?.message}>
          <Input {...register("language")} maxLength={2} autoComplete="off" />
        </Field>
      </div>
      <Field id="originalText" label="Original text" required hint="Paste it exactly as received: it cannot be edited later." error={errors.originalText?.message}>
        <Textarea rows={12} className="font-mono" {...register("originalText")} />
      </Field>
      <Field id="requestSummary" label="What is asked" hint="In a sentence or two, for the list and the triage." error={errors.requestSummary?.message}>
        <Textarea rows={3} {...register("requestSummary")} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
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
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Log request"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
