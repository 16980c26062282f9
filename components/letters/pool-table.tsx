"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { bulkSetStatusAction } from "@/app/(app)/letters/actions";
import { Button } from "@/components/ui/button";
import { FormError, Notice } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { signatoryStatuses, signatoryStatusLabels, type SignatoryStatus } from "@/lib/letters/schema";
import { SignatoryRowForm } from "./signatory-row-form";
import { SignatoryStatusBadge } from "./status-badge";

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

type Props = { letterId: string; rows: PoolTableRow[]; mayEdit: boolean; today: string };

/** The pool: select rows and set one status on all of them, or update one member at a time. */
export function PoolTable({ letterId, rows, mayEdit, today }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<SignatoryStatus>("asked");
  const [on, setOn] = useState(today);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  function toggle(id: string, checked: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function applyBulk() {
    setMessage(undefined);
    setError(undefined);
    startTransition(async () => {
      const result = await bulkSetStatusAction({ letterId, signatoryIds: [...selected], status, on });
      if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.formError);
      setMessage(`${result.data.changed} set to ${signatoryStatusLabels[status]}.`);
      setSelected(new Set());
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {mayEdit && (
        <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3" role="group" aria-label="Change the selected parliamentarians">
          <p className="text-sm text-slate-800" aria-live="polite">
            {selected.size} selected
          </p>
          <div>
            <label htmlFor="bulk-status" className="mb-1 block text-sm font-medium text-slate-800">
              Set status
            </label>
            <Select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value as SignatoryStatus)}>
              {signatoryStatuses.map((s) => (
                <option key={s} value={s}>
                  {signatoryStatusLabels[s]}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="bulk-on" className="mb-1 block text-sm font-medium text-slate-800">
              On
            </label>
            <Input id="bulk-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          </div>
          <Button disabled={pending || selected.size === 0} onClick={applyBulk}>
            {pending ? "Applying…" : "Apply to selected"}
          </Button>
        </div>
      )}
      <Notice>{message}</Notice>
      <FormError>{error}</FormError>
      <Table caption="Parliamentarians in the pool">
        <thead>
          <tr>
            {mayEdit && (
              <Th className="w-10">
                <input
                  type="checkbox"
                  className="h-4 w-4 accent-blue-800"
                  aria-label="Select all on this page"
                  checked={allSelected}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                />
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
                  <input
                    type="checkbox"
                    className="h-4 w-4 accent-blue-800"
                    aria-label={`Select ${r.fullName}`}
                    checked={selected.has(r.id)}
                    onChange={(e) => toggle(r.id, e.target.checked)}
                  />
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
                {mayEdit && <SignatoryRowForm letterId={letterId} row={r} today={today} />}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
