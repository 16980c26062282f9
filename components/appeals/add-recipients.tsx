"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addListRecipientsAction, addRecipientsAction } from "@/app/(app)/appeals/actions";
import { Button } from "@/components/ui/button";
import { FormError, Notice } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { ActionResult } from "@/lib/action";
import type { RecipientAddResult } from "@/lib/appeals/recipients";

/** "3 added. 1 was already a recipient. 1 marked do-not-contact was left out." */
export function describeAdded(r: RecipientAddResult): string {
  const parts = [`${r.added} added.`];
  if (r.alreadyThere) parts.push(`${r.alreadyThere} ${r.alreadyThere === 1 ? "was" : "were"} already a recipient.`);
  if (r.doNotContact) parts.push(`${r.doNotContact} marked do-not-contact ${r.doNotContact === 1 ? "was" : "were"} left out.`);
  return parts.join(" ");
}

function useAdd() {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  function add(action: () => Promise<ActionResult<RecipientAddResult>>) {
    setMessage(undefined);
    setError(undefined);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.formError);
      setMessage(describeAdded(result.data));
      router.refresh();
    });
  }
  return { message, error, pending, add };
}

/** Every member of a list at once. */
export function AddListRecipients({ appealId, lists }: { appealId: string; lists: Array<{ id: string; name: string }> }) {
  const [listId, setListId] = useState("");
  const { message, error, pending, add } = useAdd();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1">
          <label htmlFor="add-list" className="mb-1 block text-sm font-medium text-slate-800">
            Add everyone on a list
          </label>
          <Select id="add-list" value={listId} onChange={(e) => setListId(e.target.value)}>
            <option value="">Choose a list…</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </Select>
        </div>
        <Button variant="secondary" disabled={pending || !listId} onClick={() => add(() => addListRecipientsAction({ appealId, listId }))}>
          {pending ? "Adding…" : "Add list members"}
        </Button>
      </div>
      <Notice>{message}</Notice>
      <FormError>{error}</FormError>
    </div>
  );
}

/** Adds one contact found by the picker's search. */
export function AddContactRecipient({ appealId, contactId, name, doNotContact }: { appealId: string; contactId: string; name: string; doNotContact: boolean }) {
  const { message, error, pending, add } = useAdd();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={pending || doNotContact}
        aria-label={`Add ${name} as a recipient`}
        onClick={() => add(() => addRecipientsAction({ appealId, contactIds: [contactId] }))}
      >
        {pending ? "Adding…" : "Add"}
      </Button>
      {message && (
        <span role="status" className="text-sm text-green-800">
          {message}
        </span>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
