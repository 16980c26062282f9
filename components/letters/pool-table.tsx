"use client";

import Link from "next/link";
import { useState } from "react";
import { useAct } from "@/components/ui/act-button";
import { PlainButton as Button, PlainCheckbox as Checkbox, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { FormError, Notice } from "@/components/ui/field";
import { SelectionBar, Table, Td, Th } from "@/components/ui/table";
import { useRowSelection } from "@/components/ui/use-row-selection";
import type { ServerAction } from "@/lib/action";
import { signatoryStatuses, signatoryStatusLabels } from "@/lib/letters/labels";
import type { SignatoryStatus } from "@/lib/letters/schema";
import { SignatoryRowForm, type SignatoryRowActions } from "./signatory-row-form";
import { SignatoryStatusBadge } from "./status-badge";
import { EnumOptions } from "@/components/ui/enum-options";

export type PoolTableRow = {
  id: string;
  contactId: string;
  fullName: string;
  status: SignatoryStatus;
  country: string;
  politicalGroup: string | null;
  dates: string;
  note: string | null;
  version: number;
};

type Props = {
  letterId: string;
  rows: PoolTableRow[];
  mayEdit: boolean;
  today: string;
  actions: { bulkSetStatus: ServerAction<{ changed: number }> } & SignatoryRowActions;
};

/** The pool: select rows and set one status on all of them, or update one member at a time. */
export function PoolTable({ letterId, rows, mayEdit, today, actions }: Props) {
  const selection = useRowSelection(rows.map((r) => r.id));
  const [status, setStatus] = useState<SignatoryStatus>("asked");
  const [on, setOn] = useState(today);
  const { run, pending, error, notice } = useAct();

  function applyBulk() {
    run(() => actions.bulkSetStatus({ letterId, signatoryIds: selection.ids, status, on }), {
      notice: (data) => `${data.changed} set to ${signatoryStatusLabels[status]}.`,
      onSuccess: selection.clear,
    });
  }

  return (
    <div className="space-y-3">
      {mayEdit && (
        <SelectionBar label="Change the selected parliamentarians" count={selection.size}>
          <div>
            <label htmlFor="bulk-status" className="mb-1 block text-sm font-medium text-slate-800">
              Set status
            </label>
            <Select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value as SignatoryStatus)}>
              <EnumOptions values={signatoryStatuses} labels={signatoryStatusLabels} />
            </Select>
          </div>
          <div>
            <label htmlFor="bulk-on" className="mb-1 block text-sm font-medium text-slate-800">
              On
            </label>
            <Input id="bulk-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          </div>
          <Button disabled={pending || selection.size === 0} onClick={applyBulk}>
            {pending ? "Applying…" : "Apply to selected"}
          </Button>
        </SelectionBar>
      )}
      <Notice>{notice}</Notice>
      <FormError>{error}</FormError>
      <Table caption="Parliamentarians in the pool">
        <thead>
          <tr>
            {mayEdit && (
              <Th className="w-10">
                <Checkbox aria-label="Select all on this page" {...selection.all} />
              </Th>
            )}
            <Th>Name</Th>
            <Th>Status</Th>
            <Th className="hidden sm:table-cell">Country</Th>
            <Th className="hidden md:table-cell">Group</Th>
            <Th className="hidden lg:table-cell">Dates and note</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              {mayEdit && (
                <Td>
                  <Checkbox aria-label={`Select ${r.fullName}`} {...selection.row(r.id)} />
                </Td>
              )}
              <Td>
                <Link href={`/contacts/${r.contactId}`} className="font-medium text-blue-800 hover:underline">
                  {r.fullName}
                </Link>
              </Td>
              <Td>
                <SignatoryStatusBadge status={r.status} />
              </Td>
              <Td className="hidden sm:table-cell">{r.country}</Td>
              <Td className="hidden md:table-cell">{r.politicalGroup ?? "—"}</Td>
              <Td className="hidden text-xs text-slate-700 lg:table-cell">
                {r.dates}
                {r.note && <p className="mt-0.5 italic">{r.note}</p>}
              </Td>
              <Td className="whitespace-nowrap">
                <Link href={`/letters/${letterId}/outreach/${r.id}`} className="mr-3 text-sm text-blue-800 hover:underline" aria-label={`Outreach message for ${r.fullName}`}>
                  Message
                </Link>
                {mayEdit && <SignatoryRowForm letterId={letterId} row={r} today={today} actions={actions} />}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
