"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { KEEP_BOTH, mergeSchema, type MergeFieldKey, type MergeInput, type MergeValues } from "@/lib/contacts/merge-schema";

type Side = { id: string; version: number; name: string; created: string };
export type MergeFieldRow = { key: MergeFieldKey; label: string; a: string; b: string };
type Props = { a: Side; b: Side; defaultSurvivorId: string; rows: MergeFieldRow[]; action: ServerAction<{ id: string }> };

/** Sensible first choices: the survivor's value, unless only the other record has one; a "do not
 * contact" on either side wins; two different notes are both kept. */
function defaultChoices(rows: MergeFieldRow[], a: Side, b: Side, survivorId: string): MergeInput["choices"] {
  const other = survivorId === a.id ? b.id : a.id;
  const text = (row: MergeFieldRow, id: string) => (id === a.id ? row.a : row.b);
  const choices: Record<string, string> = {};
  for (const row of rows) {
    if (row.key === "notes" && row.a && row.b) choices.notes = KEEP_BOTH;
    else if (row.key === "doNotContact") choices.doNotContact = row.a.startsWith("Yes") ? a.id : b.id;
    else choices[row.key] = !text(row, survivorId) && text(row, other) ? other : survivorId;
  }
  return choices;
}

const radioClass = "mt-0.5 h-4 w-4 shrink-0 accent-blue-800";

export function MergeForm({ a, b, defaultSurvivorId, rows, action }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [stale, setStale] = useState(false);
  const survivorOf = (id: string) => (id === a.id ? { s: a, x: b } : { s: b, x: a });
  const start = survivorOf(defaultSurvivorId);
  const form = useForm<MergeInput, unknown, MergeValues>({
    resolver: zodResolver(mergeSchema),
    defaultValues: {
      survivorId: start.s.id, absorbedId: start.x.id, survivorVersion: start.s.version, absorbedVersion: start.x.version,
      choices: defaultChoices(rows, a, b, defaultSurvivorId),
    },
  });
  const { register, handleSubmit, formState, setValue, control } = form;
  const survivorId = useWatch({ control, name: "survivorId" });

  // The two records swap roles together with their versions; field choices name records, not roles.
  const survivorField = register("survivorId", {
    onChange: (e: { target: { value: string } }) => {
      const { s, x } = survivorOf(e.target.value);
      setValue("absorbedId", x.id);
      setValue("survivorVersion", s.version);
      setValue("absorbedVersion", x.version);
    },
  });

  async function onSubmit() {
    setFormError(undefined);
    const result = await action(form.getValues());
    if (!result.ok) {
      setFormError(result.formError);
      setStale(!!result.stale);
      return;
    }
    router.push(`/contacts/${result.data.id}`);
    router.refresh();
  }

  const option = (key: MergeFieldKey, value: string, label: string, text: string) => (
    <label key={value} className="flex items-start gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm text-slate-800">
      <input type="radio" value={value} className={radioClass} {...register(`choices.${key}`)} />
      <span className="min-w-0 whitespace-pre-wrap break-words">
        <span className="sr-only">{label}: </span>
        {text || <span className="italic text-slate-600">(empty)</span>}
      </span>
    </label>
  );

  return (
    <form aria-label="Merge the two records" method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <FormError>
        {formError}
        {stale && (
          <>
            {" "}
            <a className="font-medium underline" href={`/contacts/merge?a=${a.id}&b=${b.id}`}>
              Reload the comparison
            </a>
            .
          </>
        )}
      </FormError>
      <fieldset className="rounded-lg border border-slate-200 bg-slate-50 p-4">
        <legend className="px-1 text-base font-semibold text-slate-900">Which record survives</legend>
        <p className="mb-2 text-sm text-slate-600">The other one is kept only as a pointer to it; its old address leads here.</p>
        <div className="grid gap-2 md:grid-cols-2">
          {[a, b].map((side) => (
            <label key={side.id} className="flex items-start gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm text-slate-800">
              <input type="radio" value={side.id} className={radioClass} {...survivorField} />
              <span>
                Keep {side.name} <span className="text-slate-600">(created {side.created})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">Both records have the same values in every field.</p>
      ) : (
        rows.map((row) => (
          <fieldset key={row.key} className="rounded-lg border border-slate-200 p-4">
            <legend className="px-1 text-sm font-semibold text-slate-900">{row.label}</legend>
            <div className="grid gap-2 md:grid-cols-2">
              {option(row.key, a.id, "First record", row.a)}
              {option(row.key, b.id, "Second record", row.b)}
              {row.key === "notes" && row.a && row.b && option(row.key, KEEP_BOTH, "Both records", "Keep both, one after the other")}
            </div>
          </fieldset>
        ))
      )}
      <ConfirmDialog
        trigger={<Button disabled={formState.isSubmitting}>{formState.isSubmitting ? "Merging…" : "Merge records"}</Button>}
        title="Merge these two records?"
        description={`“${survivorOf(survivorId).x.name}” will be merged into “${survivorOf(survivorId).s.name}”. Its e-mails, phones, lists and history move to the surviving record. This cannot be undone.`}
        confirmLabel="Merge"
        onConfirm={() => void handleSubmit(onSubmit)()}
      />
    </form>
  );
}
