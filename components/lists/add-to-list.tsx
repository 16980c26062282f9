"use client";

import { useId, useState } from "react";
import { useAct } from "@/components/ui/act-button";
import { Button } from "@/components/ui/button";
import { FormError, Notice } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { ServerAction } from "@/lib/action";
import { addResultMessage, type AddResult } from "@/lib/lists/schema";

type Props = { lists: { id: string; name: string }[]; contactIds: string[]; action: ServerAction<AddResult> };

/** "Add to list" for any screen that shows contacts: a list picker and a button. */
export function AddToList({ lists, contactIds, action }: Props) {
  const selectId = useId();
  const [listId, setListId] = useState("");
  const { run, pending, error, notice } = useAct();

  if (lists.length === 0) return <p className="text-sm text-slate-700">No lists yet.</p>;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={selectId} className="mb-1 block text-sm font-medium text-slate-800">
            Add to list
          </label>
          <Select id={selectId} value={listId} onChange={(e) => setListId(e.target.value)}>
            <option value="">Choose a list…</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </Select>
        </div>
        <Button
          variant="secondary"
          disabled={pending || !listId || contactIds.length === 0}
          onClick={() => run(() => action({ listId, contactIds }), { notice: addResultMessage })}
        >
          {pending ? "Adding…" : contactIds.length === 1 ? "Add" : `Add ${contactIds.length.toLocaleString("en")} contacts`}
        </Button>
      </div>
      <Notice>{notice}</Notice>
      <FormError>{error}</FormError>
    </div>
  );
}
