"use client";

import Link from "next/link";
import { useState } from "react";
import { useAct } from "@/components/ui/act-button";
import { PlainButton as Button, PlainCheckbox as Checkbox, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError, Notice } from "@/components/ui/field";
import { SelectionBar, Table, Td, Th } from "@/components/ui/table";
import { useRowSelection } from "@/components/ui/use-row-selection";
import type { ServerAction } from "@/lib/action";
import { dispatchChannelLabels, dispatchChannels } from "@/lib/appeals/labels";
import type { DispatchChannel } from "@/lib/appeals/schema";
import { EnumOptions } from "@/components/ui/enum-options";

export type RecipientTableRow = {
  id: string;
  contactId: string | null;
  name: string;
  details: string;
  email: string | null;
  postalAddress: string | null;
  dispatches: number;
  /** "Sent by post on 5 Jan 2026", or the failure */
  lastDispatch: string | null;
  lastError: string | null;
};

type Props = {
  appealId: string;
  rows: RecipientTableRow[];
  today: string;
  /** the day the appeal was created (YYYY-MM-DD, UTC): nothing can be sent before it */
  draftedOn?: string;
  /** draft + appeal.write */
  mayRemove: boolean;
  /** approved or later + appeal.write */
  mayDispatch: boolean;
  /** the print / PDF / .eml links exist once approved */
  showOutput: boolean;
  actions: { markSent: ServerAction; remove: ServerAction };
};

type DispatchFieldsProps = {
  prefix: string;
  on: string;
  setOn: (v: string) => void;
  channel: DispatchChannel;
  setChannel: (v: DispatchChannel) => void;
  min?: string;
  /** the server's refusal of the date, shown beside it */
  dateError?: string;
};

function DispatchFields({ prefix, on, setOn, channel, setChannel, min, dateError }: DispatchFieldsProps) {
  const errorId = `${prefix}-on-error`;
  return (
    <>
      <div>
        <label htmlFor={`${prefix}-on`} className="mb-1 block text-xs font-medium text-slate-800">
          Sent on
        </label>
        <Input
          id={`${prefix}-on`}
          type="date"
          value={on}
          min={min}
          onChange={(e) => setOn(e.target.value)}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? errorId : undefined}
        />
        {dateError && (
          <p id={errorId} role="alert" className="mt-1 text-xs text-red-700">
            {dateError}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${prefix}-channel`} className="mb-1 block text-xs font-medium text-slate-800">
          Channel
        </label>
        <Select id={`${prefix}-channel`} value={channel} onChange={(e) => setChannel(e.target.value as DispatchChannel)}>
          <EnumOptions values={dispatchChannels} labels={dispatchChannelLabels} />
        </Select>
      </div>
    </>
  );
}

/** The recipients with their dispatch status; mark one or the selected ones sent by date and channel. */
export function RecipientsTable({ appealId, rows, today, draftedOn, mayRemove, mayDispatch, showOutput, actions }: Props) {
  const selection = useRowSelection(rows.map((r) => r.id));
  const [on, setOn] = useState(today);
  const [channel, setChannel] = useState<DispatchChannel>("post");
  const { run, pending, error, notice } = useAct();
  // A refused date is shown beside the date of the form that sent it ("bulk" or a row's id);
  // what was typed stays in the fields.
  const [dateError, setDateError] = useState<{ form: string; message: string }>();

  function markSent(form: string, recipientIds: string[], sentOn: string, via: DispatchChannel, names: string) {
    setDateError(undefined);
    run(
      async () => {
        const result = await actions.markSent({ appealId, recipientIds, sentOn, channel: via });
        const message = result.ok ? undefined : result.fieldErrors?.sentOn?.[0];
        if (message) setDateError({ form, message });
        return result;
      },
      { notice: `Marked sent by ${dispatchChannelLabels[via].toLowerCase()}: ${names}.`, onSuccess: selection.clear },
    );
  }
  const dates = { min: draftedOn };
  const errorOf = (form: string) => (dateError?.form === form ? dateError.message : undefined);

  function remove(row: RecipientTableRow) {
    run(() => actions.remove({ appealId, recipientId: row.id }), { notice: `${row.name} removed.` });
  }

  return (
    <div className="space-y-3">
      {mayDispatch && (
        <SelectionBar label="Mark the selected recipients sent" count={selection.size}>
          <DispatchFields prefix="bulk" on={on} setOn={setOn} channel={channel} setChannel={setChannel} {...dates} dateError={errorOf("bulk")} />
          <Button
            disabled={pending || selection.size === 0}
            onClick={() => markSent("bulk", selection.ids, on, channel, `${selection.size} recipient${selection.size === 1 ? "" : "s"}`)}
          >
            {pending ? "Saving…" : "Mark selected sent"}
          </Button>
        </SelectionBar>
      )}
      <Notice>{notice}</Notice>
      {/* A refused date is said beside the date, not twice. */}
      <FormError>{dateError ? undefined : error}</FormError>
      <Table caption="Recipients">
        <thead>
          <tr>
            {mayDispatch && (
              <Th className="w-10">
                <Checkbox aria-label="Select all recipients on this page" {...selection.all} />
              </Th>
            )}
            <Th>Recipient</Th>
            <Th className="hidden md:table-cell">Address and e-mail</Th>
            <Th>Dispatch</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              {mayDispatch && (
                <Td>
                  <Checkbox aria-label={`Select ${r.name}`} {...selection.row(r.id)} />
                </Td>
              )}
              <Td>
                {r.contactId ? (
                  <Link href={`/contacts/${r.contactId}`} className="font-medium text-blue-800 hover:underline">
                    {r.name}
                  </Link>
                ) : (
                  <span className="font-medium">{r.name}</span>
                )}
                {r.details && <p className="mt-0.5 text-xs text-slate-600">{r.details}</p>}
              </Td>
              <Td className="hidden text-xs md:table-cell">
                {r.postalAddress && <p className="whitespace-pre-line">{r.postalAddress}</p>}
                {r.email && <p className="mt-0.5">{r.email}</p>}
                {!r.postalAddress && !r.email && "—"}
              </Td>
              <Td className="text-xs">
                {r.lastDispatch ?? <span className="text-slate-600">Not sent</span>}
                {r.lastError && <p className="mt-0.5 text-red-800">Failed: {r.lastError}</p>}
                {r.dispatches > 1 && <p className="mt-0.5 text-slate-600">{r.dispatches} dispatches</p>}
              </Td>
              <Td className="whitespace-nowrap text-sm">
                {showOutput && (
                  <span className="mr-3 inline-flex gap-2">
                    <Link href={`/appeals/${appealId}/recipients/${r.id}/print`} className="text-blue-800 hover:underline" aria-label={`Print the letter to ${r.name}`}>
                      Print
                    </Link>
                    <a href={`/appeals/${appealId}/recipients/${r.id}/pdf`} className="text-blue-800 hover:underline" aria-label={`PDF of the letter to ${r.name}`}>
                      PDF
                    </a>
                    <a href={`/appeals/${appealId}/recipients/${r.id}/eml`} className="text-blue-800 hover:underline" aria-label={`.eml of the letter to ${r.name}`}>
                      .eml
                    </a>
                  </span>
                )}
                {mayDispatch && <RowDispatch row={r} today={today} dates={dates} dateError={errorOf(r.id)} pending={pending} onSave={markSent} />}
                {mayRemove && (
                  <ConfirmDialog
                    trigger={
                      <Button size="sm" variant="ghost" disabled={pending} aria-label={`Remove ${r.name}`}>
                        Remove
                      </Button>
                    }
                    title="Remove this recipient?"
                    description={`${r.name} will not receive this appeal. The contact stays.`}
                    confirmLabel="Remove"
                    destructive
                    onConfirm={() => remove(r)}
                  />
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** One recipient's "mark sent", behind a disclosure so the table stays compact. */
function RowDispatch({
  row,
  today,
  dates,
  dateError,
  pending,
  onSave,
}: {
  row: RecipientTableRow;
  today: string;
  dates: { min?: string };
  dateError?: string;
  pending: boolean;
  onSave: (form: string, ids: string[], on: string, channel: DispatchChannel, names: string) => void;
}) {
  const [on, setOn] = useState(today);
  const [channel, setChannel] = useState<DispatchChannel>(row.email ? "email" : "post");
  return (
    <details className="inline-block text-left align-top">
      <summary className="cursor-pointer text-sm text-blue-800 hover:underline">
        Mark sent<span className="sr-only"> to {row.name}</span>
      </summary>
      <div className="mt-2 w-56 space-y-2 whitespace-normal rounded-md border border-slate-200 bg-white p-3">
        <DispatchFields prefix={`r-${row.id}`} on={on} setOn={setOn} channel={channel} setChannel={setChannel} {...dates} dateError={dateError} />
        <Button size="sm" disabled={pending} onClick={() => onSave(row.id, [row.id], on, channel, row.name)}>
          Save<span className="sr-only"> dispatch to {row.name}</span>
        </Button>
      </div>
    </details>
  );
}
