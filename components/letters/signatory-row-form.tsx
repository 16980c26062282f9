"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ServerAction } from "@/lib/action";
import { signatoryStatuses, signatoryStatusLabels } from "@/lib/letters/labels";
import type { SignatoryStatus } from "@/lib/letters/schema";
import { EnumOptions } from "@/components/ui/enum-options";

type Row = { id: string; fullName: string; status: SignatoryStatus; note: string | null; version: number };

/** One member's status, date and note, behind a disclosure so the table stays compact. */
export type SignatoryRowActions = { setStatus: ServerAction; remove: ServerAction };

export function SignatoryRowForm({ letterId, row, today, actions }: { letterId: string; row: Row; today: string; actions: SignatoryRowActions }) {
  const router = useRouter();
  const [status, setStatus] = useState<SignatoryStatus>(row.status);
  const [on, setOn] = useState(today);
  const [note, setNote] = useState(row.note ?? "");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const prefix = `s-${row.id}`;

  function save() {
    setError(undefined);
    startTransition(async () => {
      const result = await actions.setStatus({ letterId, signatoryId: row.id, version: row.version, status, on, note });
      if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.formError);
      router.refresh();
    });
  }

  function remove() {
    setError(undefined);
    startTransition(async () => {
      const result = await actions.remove({ letterId, signatoryId: row.id, version: row.version });
      if (!result.ok) return setError(result.formError);
      router.refresh();
    });
  }

  return (
    <details className="inline-block text-left align-top">
      <summary className="cursor-pointer text-sm text-blue-800 hover:underline">
        Update<span className="sr-only"> {row.fullName}</span>
      </summary>
      <div className="mt-2 w-64 space-y-2 rounded-md border border-slate-200 bg-white p-3 whitespace-normal">
        <div>
          <label htmlFor={`${prefix}-status`} className="mb-1 block text-xs font-medium text-slate-800">
            Status
          </label>
          <Select id={`${prefix}-status`} value={status} onChange={(e) => setStatus(e.target.value as SignatoryStatus)}>
            <EnumOptions values={signatoryStatuses} labels={signatoryStatusLabels} />
          </Select>
        </div>
        <div>
          <label htmlFor={`${prefix}-on`} className="mb-1 block text-xs font-medium text-slate-800">
            On
          </label>
          <Input id={`${prefix}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${prefix}-note`} className="mb-1 block text-xs font-medium text-slate-800">
            Note
          </label>
          <Textarea id={`${prefix}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button size="sm" disabled={pending} onClick={save}>
            {pending ? "Saving…" : "Save"}
          </Button>
          {row.status === "to_ask" && (
            <ConfirmDialog
              trigger={
                <Button size="sm" variant="secondary" disabled={pending}>
                  Remove
                </Button>
              }
              title="Remove from the pool?"
              description={`${row.fullName} will no longer be on this letter's list of parliamentarians to ask.`}
              confirmLabel="Remove"
              destructive
              onConfirm={remove}
            />
          )}
        </div>
      </div>
    </details>
  );
}
