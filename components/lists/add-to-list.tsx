"use client";

import { useId, useState } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { FormError, Notice } from "@/components/ui/field";
import { fieldClass } from "@/components/ui/field-class";
import { useAct } from "@/components/ui/use-act";
import type { ServerAction } from "@/lib/action";
import { addResultMessage, type AddResult } from "@/lib/lists/limits";

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
          <select id={selectId} className={`${fieldClass} h-10 pr-8`} value={listId} onChange={(e) => setListId(e.target.value)}>
            <option value="">Choose a list…</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        {/* Plain elements styled as <Select> and <Button>: those bring tailwind-merge, 10 KB of this page's first load. */}
        <button
          type="button"
          className={buttonVariants({ variant: "secondary" })}
          disabled={pending || !listId || contactIds.length === 0}
          onClick={() => run(() => action({ listId, contactIds }), { notice: addResultMessage })}
        >
          {pending ? "Adding…" : contactIds.length === 1 ? "Add" : `Add ${contactIds.length.toLocaleString("en")} contacts`}
        </button>
      </div>
      <Notice>{notice}</Notice>
      <FormError>{error}</FormError>
    </div>
  );
}
