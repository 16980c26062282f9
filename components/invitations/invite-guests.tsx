"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { inviteContactsAction, inviteListAction } from "@/app/(app)/events/[id]/invitations/actions";
import { Button } from "@/components/ui/button";
import { FormError, Notice } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { ActionResult } from "@/lib/action";
import type { InviteResult } from "@/lib/invitations/mutations";

const were = (n: number) => (n === 1 ? "was" : "were");

/** "3 invited. 1 was already invited. 1 marked do-not-contact and 1 merged record were skipped." */
export function describeInvited(r: InviteResult): string {
  const parts = [`${r.added} invited.`];
  if (r.alreadyInvited) parts.push(`${r.alreadyInvited} ${were(r.alreadyInvited)} already invited.`);
  if (r.doNotContact) parts.push(`${r.doNotContact} marked do-not-contact ${were(r.doNotContact)} skipped.`);
  if (r.merged) parts.push(`${r.merged} merged record${r.merged === 1 ? "" : "s"} ${were(r.merged)} skipped.`);
  return parts.join(" ");
}

function useInvite() {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  function invite(action: () => Promise<ActionResult<InviteResult>>) {
    setMessage(undefined);
    setError(undefined);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.formError);
      setMessage(describeInvited(result.data));
      router.refresh();
    });
  }
  return { message, error, pending, invite };
}

/** Everyone on a list at once. */
export function InviteList({ eventId, lists }: { eventId: string; lists: Array<{ id: string; name: string }> }) {
  const [listId, setListId] = useState("");
  const { message, error, pending, invite } = useInvite();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1">
          <label htmlFor="invite-list" className="mb-1 block text-sm font-medium text-slate-800">
            Invite everyone on a list
          </label>
          <Select id="invite-list" value={listId} onChange={(e) => setListId(e.target.value)}>
            <option value="">Choose a list…</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </Select>
        </div>
        <Button variant="secondary" disabled={pending || !listId} onClick={() => invite(() => inviteListAction({ eventId, listId }))}>
          {pending ? "Inviting…" : "Invite list"}
        </Button>
      </div>
      <Notice>{message}</Notice>
      <FormError>{error}</FormError>
    </div>
  );
}

/** Invites one contact found by the picker's search. */
export function InviteContact({ eventId, contactId, name, doNotContact }: { eventId: string; contactId: string; name: string; doNotContact: boolean }) {
  const { message, error, pending, invite } = useInvite();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={pending || doNotContact}
        aria-label={`Invite ${name}`}
        onClick={() => invite(() => inviteContactsAction({ eventId, contactIds: [contactId] }))}
      >
        {pending ? "Inviting…" : "Invite"}
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
