"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useAct } from "@/components/ui/use-act";
import { FormError, Notice } from "@/components/ui/field";
import { PlainButton as Button, PlainCheckbox as Checkbox } from "@/components/ui/plain-controls";
import { useRowSelection } from "@/components/ui/use-row-selection";
import type { ServerAction } from "@/lib/action";
import { ADD_ALL_LIMIT, addResultMessage, type AddResult } from "@/lib/lists/limits";

type Props = {
  listId: string;
  q: string;
  total: number;
  /** the matches shown, in the order of the table */
  ids: string[];
  /** the matches' table (./add-members-table.tsx, a server component), with a <SelectMatch> per row */
  children: ReactNode;
  actions: { addContacts: ServerAction<AddResult>; addMatches: ServerAction<AddResult> };
};

const Selection = createContext<ReturnType<typeof useRowSelection> | null>(null);

/**
 * The results of the "Add members" search: tick some and add them, or add every match at once.
 * The table itself is drawn on the server (it needs no JavaScript but its checkboxes, which read
 * the selection from here), so its components and their class merging stay out of the page's JS.
 */
export function AddMembers({ listId, q, total, ids, children, actions }: Props) {
  const selection = useRowSelection(ids);
  const act = useAct();
  const { pending } = act;
  const run = (call: () => ReturnType<ServerAction<AddResult>>) => act.run(call, { notice: addResultMessage, onSuccess: selection.clear });

  const matches = `${total.toLocaleString("en")} ${total === 1 ? "match" : "matches"}`;
  return (
    <div className="space-y-3">
      <Notice>{act.notice}</Notice>
      <FormError>{act.error}</FormError>
      {ids.length === 0 ? (
        <p className="text-sm text-slate-700">No contact matching “{q}” is missing from this list.</p>
      ) : (
        <>
          <Selection.Provider value={selection}>{children}</Selection.Provider>
          {total > ids.length && (
            <p className="text-sm text-slate-700">
              Showing the {ids.length} closest of {matches}.
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

/** One row's checkbox of the matches' table. */
export function SelectMatch({ id, name }: { id: string; name: string }) {
  const selection = useContext(Selection);
  return <Checkbox aria-label={`Select ${name}`} {...selection?.row(id)} />;
}
