"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { Button } from "@/components/ui/button";
import { Field, Notice } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import type { ServerAction } from "@/lib/action";
import { answerLabels } from "@/lib/invitations/labels";
import type { RsvpAnswerInput, RsvpAnswerValues } from "@/lib/invitations/schema";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/invitations/schema").then((m) => m.rsvpAnswerSchema));

const choices = [
  { value: "accepted", label: "Yes, I will attend" },
  { value: "tentative", label: "Perhaps, I will confirm later" },
  { value: "declined", label: "No, I cannot attend" },
] as const;

/** The guest's answer and an optional note; they may change it until the event starts. */
export function RsvpForm({ token, answer, note, action }: { token: string; answer: string; note: string | null; action: ServerAction<{ answer: string }> }) {
  const router = useRouter();
  const form = useForm<RsvpAnswerInput, unknown, RsvpAnswerValues>({
    resolver,
    defaultValues: { token, answer: answer === "pending" ? undefined : (answer as RsvpAnswerInput["answer"]), note: note ?? "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const [saved, setSaved] = useState<string>();

  async function onSubmit() {
    clear();
    setSaved(undefined);
    const result = await action(form.getValues());
    if (!accept(result)) return;
    setSaved(answerLabels[result.data.answer as keyof typeof answerLabels]);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <ActionFailure failure={failure} />
      <fieldset aria-describedby={formState.errors.answer ? "answer-error" : undefined}>
        <legend className="mb-2 text-base font-medium text-slate-900">Will you attend?</legend>
        <div className="space-y-2">
          {choices.map((c) => (
            <label key={c.value} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50">
              <input type="radio" value={c.value} className="h-5 w-5 accent-blue-800" {...register("answer")} />
              <span className="text-base">{c.label}</span>
            </label>
          ))}
        </div>
        {formState.errors.answer && (
          <p id="answer-error" className="mt-1 text-sm text-red-700">
            {formState.errors.answer.message}
          </p>
        )}
      </fieldset>
      <Field id="note" label="A note for the organizers (optional)" error={formState.errors.note?.message}>
        <Textarea rows={3} {...register("note")} />
      </Field>
      <Button type="submit" className="h-12 w-full text-base sm:w-auto" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Sending…" : "Send my answer"}
      </Button>
      {saved && <Notice>Thank you. Your answer is recorded: {saved}. You can change it here until the event starts.</Notice>}
    </form>
  );
}
