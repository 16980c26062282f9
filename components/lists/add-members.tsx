"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addContactsToListAction, addSearchMatchesAction } from "@/app/(app)/lists/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError, Notice } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { ADD_ALL_LIMIT, addResultMessage, type AddResult } from "@/lib/lists/schema";

type Match = { id: string; fullName: string; title: string | null; organizationName: string | null; country: string | null; doNotContact: boolean };
type Props = { listId: string; q: string; total: number; rows: Match[] };

/** The results of the "Add members" search: tick some and add them, or add every match at once. */
export function AddMembers({ listId, q, total, rows }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function toggle(id: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function run(call: () => Promise<{ ok: true; data: AddResult } | { ok: false; formError: string }>) {
    setMessage(undefined);
    setError(undefined);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setError(result.formError);
      setMessage(addResultMessage(result.data));
      setSelected(new Set());
      router.refresh();
    });
  }

  const matches = `${total.toLocaleString("en")} ${total === 1 ? "match" : "matches"}`;
  return (
    <div className="space-y-3">
      <Notice>{message}</Notice>
      <FormError>{error}</FormError>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">No contact matching “{q}” is missing from this list.</p>
      ) : (
        <>
          <Table caption={`Contacts matching “${q}” not yet in the list`}>
            <thead>
              <tr>
                <Th className="w-10">
                  <span className="sr-only">Select</span>
                </Th>
                <Th>Name</Th>
                <Th className="hidden md:table-cell">Title</Th>
                <Th className="hidden md:table-cell">Organization</Th>
                <Th className="hidden sm:table-cell">Country</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <input
                      type="checkbox"
                      className="h-4 w-4 accent-blue-800"
                      aria-label={`Select ${c.fullName}`}
                      checked={selected.has(c.id)}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                  </Td>
                  <Td>
                    {c.fullName} {c.doNotContact && <Badge tone="red">Do not contact</Badge>}
                  </Td>
                  <Td className="hidden md:table-cell">{c.title ?? "—"}</Td>
                  <Td className="hidden md:table-cell">{c.organizationName ?? "—"}</Td>
                  <Td className="hidden sm:table-cell">{c.country ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {total > rows.length && (
            <p className="text-sm text-slate-700">
              Showing the {rows.length} closest of {matches}.
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <Button disabled={pending || selected.size === 0} onClick={() => run(() => addContactsToListAction({ listId, contactIds: [...selected] }))}>
              {pending ? "Adding…" : `Add selected${selected.size ? ` (${selected.size})` : ""}`}
            </Button>
            {total <= ADD_ALL_LIMIT ? (
              <Button variant="secondary" disabled={pending} onClick={() => run(() => addSearchMatchesAction({ listId, q }))}>
                Add all {matches}
              </Button>
            ) : (
              <p className="text-sm text-amber-900">
                {matches} — more than the {ADD_ALL_LIMIT.toLocaleString("en")} that can be added at once. Narrow the search to add them all.
              </p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
