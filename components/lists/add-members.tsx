"use client";

import { useAct } from "@/components/ui/use-act";
import { Badge } from "@/components/ui/badge";
import { FormError, Notice } from "@/components/ui/field";
import { PlainButton as Button, PlainCheckbox as Checkbox } from "@/components/ui/plain-controls";
import { Table, Td, Th } from "@/components/ui/table";
import { useRowSelection } from "@/components/ui/use-row-selection";
import type { ServerAction } from "@/lib/action";
import { ADD_ALL_LIMIT, addResultMessage, type AddResult } from "@/lib/lists/limits";

type Match = { id: string; fullName: string; title: string | null; organizationName: string | null; country: string | null; doNotContact: boolean };
type Props = { listId: string; q: string; total: number; rows: Match[]; actions: { addContacts: ServerAction<AddResult>; addMatches: ServerAction<AddResult> } };

/** The results of the "Add members" search: tick some and add them, or add every match at once. */
export function AddMembers({ listId, q, total, rows, actions }: Props) {
  const selection = useRowSelection(rows.map((c) => c.id));
  const act = useAct();
  const { pending } = act;
  const run = (call: () => ReturnType<ServerAction<AddResult>>) => act.run(call, { notice: addResultMessage, onSuccess: selection.clear });

  const matches = `${total.toLocaleString("en")} ${total === 1 ? "match" : "matches"}`;
  return (
    <div className="space-y-3">
      <Notice>{act.notice}</Notice>
      <FormError>{act.error}</FormError>
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
                    <Checkbox aria-label={`Select ${c.fullName}`} {...selection.row(c.id)} />
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
            <Button disabled={pending || selection.size === 0} onClick={() => run(() => actions.addContacts({ listId, contactIds: selection.ids }))}>
              {pending ? "Adding…" : `Add selected${selection.size ? ` (${selection.size})` : ""}`}
            </Button>
            {total <= ADD_ALL_LIMIT ? (
              <Button variant="secondary" disabled={pending} onClick={() => run(() => actions.addMatches({ listId, q }))}>
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
