"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { addContactsToListAction } from "@/app/(app)/lists/actions";
import { Button } from "@/components/ui/button";
import { FormError, Notice } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { addResultMessage } from "@/lib/lists/schema";

type Props = { lists: { id: string; name: string }[]; contactIds: string[] };

/** "Add to list" for any screen that shows contacts: a list picker and a button. */
export function AddToList({ lists, contactIds }: Props) {
  const router = useRouter();
  const selectId = useId();
  const [listId, setListId] = useState("");
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function add() {
    setMessage(undefined);
    setError(undefined);
    startTransition(async () => {
      const result = await addContactsToListAction({ listId, contactIds });
      if (!result.ok) return setError(result.fieldErrors?.contactIds?.[0] ?? result.formError);
      setMessage(addResultMessage(result.data));
      router.refresh();
    });
  }

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
        <Button variant="secondary" disabled={pending || !listId || contactIds.length === 0} onClick={add}>
          {pending ? "Adding…" : contactIds.length === 1 ? "Add" : `Add ${contactIds.length.toLocaleString("en")} contacts`}
        </Button>
      </div>
      <Notice>{message}</Notice>
      <FormError>{error}</FormError>
    </div>
  );
}
