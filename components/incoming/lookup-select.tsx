"use client";

import { useState, useTransition, type KeyboardEvent } from "react";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import type { LookupOption } from "@/lib/incoming/lookups";

type Props = {
  /** id of the select that holds the chosen id (the form field) */
  id: string;
  label: string;
  searchLabel: string;
  placeholder?: string;
  search: (input: { q: string }) => Promise<ActionResult<LookupOption[]>>;
  value: string;
  onChange: (id: string) => void;
  error?: string;
};

/**
 * A server-side look-up: type a name, search (the button or Enter), choose among the closest
 * matches. Only the matches travel to the browser, never the whole table.
 */
export function LookupSelect({ id, label, searchLabel, placeholder, search, value, onChange, error }: Props) {
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<LookupOption[]>([]);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();

  function run() {
    if (!q.trim()) return setMessage("Type a name to search.");
    startTransition(async () => {
      const result = await search({ q });
      if (!result.ok) return setMessage(result.formError);
      setOptions(result.data);
      setMessage(result.data.length ? `${result.data.length} found: choose one below.` : `Nothing found for “${q}”.`);
      onChange(result.data.length === 1 ? result.data[0].id : "");
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "Enter") return;
    e.preventDefault(); // search, do not submit the surrounding form
    run();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1">
          <label htmlFor={`${id}-q`} className="mb-1 block text-sm font-medium text-slate-800">
            {searchLabel}
          </label>
          <Input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} onKeyDown={onKeyDown} placeholder={placeholder} autoComplete="off" />
        </div>
        <Button variant="secondary" onClick={run} disabled={pending}>
          {pending ? "Searching…" : "Search"}
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {message}
      </p>
      <Field id={id} label={label} required error={error}>
        <Select value={value} onChange={(e) => onChange(e.target.value)} disabled={options.length === 0}>
          <option value="">{options.length ? "Choose…" : "Search first"}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.detail ? `${o.label} — ${o.detail}` : o.label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
