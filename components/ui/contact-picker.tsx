"use client";

import { useState } from "react";
import type { ServerAction } from "@/lib/action";
import { ActButton, useAct } from "./act-button";
import { FormError, Notice } from "./field";
import { FilterField, FilterForm } from "./filter-form";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select } from "./plain-controls";

/**
 * How an action's answer reads: for each count in it, the sentence for one and for several, "#"
 * standing for the count. A count of zero is left out, except the first
 * ("3 added. 1 was already a recipient.").
 */
export type OutcomeSentences = ReadonlyArray<readonly [count: string, one: string, many: string]>;

function describe(sentences: OutcomeSentences, data: unknown): string {
  const counts = data as Record<string, number>;
  return sentences
    .filter(([count], i) => i === 0 || counts[count])
    .map(([count, one, many]) => (counts[count] === 1 ? one : many).replace("#", String(counts[count] ?? 0)))
    .join(" ");
}

type Found = { id: string; fullName: string; title: string | null; doNotContact: boolean };

type Props = {
  /** what both actions need besides the list or the contacts, e.g. `{ appealId }` */
  target: Record<string, string>;
  lists: Array<{ id: string; name: string }>;
  /** called with `{ ...target, listId }` */
  addList: ServerAction;
  /** called with `{ ...target, contactIds: [id] }` */
  addContact: ServerAction;
  /** the search in the URL (`find`) and the contacts it found that can still be added */
  find: string;
  found: Found[];
  outcome: OutcomeSentences;
  texts: {
    /** the list select's id and label, the button and its text while pending */
    listId: string;
    listLabel: string;
    listButton: string;
    listPending: string;
    /** the search form's name and its field's label */
    findForm: string;
    findLabel: string;
    /** after `No contact matching “…”` */
    noneFound: string;
    /** each contact's button, its text while pending, and its accessible name ("#" is the name) */
    contactButton: string;
    contactPending: string;
    contactLabel: string;
  };
};

/**
 * Adds contacts to something (an appeal's recipients, an event's guests): everyone on a list at
 * once, or one by one from a search. The search is a GET form, so it lives in the URL.
 */
export function ContactPicker({ target, lists, addList, addContact, find, found, outcome, texts }: Props) {
  const [listId, setListId] = useState("");
  const { run, pending, error, notice } = useAct();
  return (
    <>
      <div className="space-y-2">
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-56 flex-1">
            <label htmlFor={texts.listId} className="mb-1 block text-sm font-medium text-slate-800">
              {texts.listLabel}
            </label>
            <Select id={texts.listId} value={listId} onChange={(e) => setListId(e.target.value)}>
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
            disabled={pending || !listId}
            onClick={() => run(() => addList({ ...target, listId }), { notice: (data) => describe(outcome, data) })}
          >
            {pending ? texts.listPending : texts.listButton}
          </Button>
        </div>
        <Notice>{notice}</Notice>
        <FormError>{error}</FormError>
      </div>
      <div>
        <FilterForm label={texts.findForm}>
          <FilterField id="find" label={texts.findLabel} grow>
            <Input id="find" name="find" type="search" defaultValue={find} placeholder="Name, any script, typos forgiven" />
          </FilterField>
        </FilterForm>
        {find &&
          (found.length === 0 ? (
            <p className="text-sm text-slate-700">
              No contact matching “{find}” {texts.noneFound}
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {found.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-medium">{c.fullName}</span>
                    {c.title && <span className="text-slate-600"> · {c.title}</span>}
                    {c.doNotContact && <span className="text-red-800"> · do not contact</span>}
                  </span>
                  <ActButton
                    action={() => addContact({ ...target, contactIds: [c.id] })}
                    label={texts.contactLabel.replace("#", c.fullName)}
                    pendingLabel={texts.contactPending}
                    disabled={c.doNotContact}
                    notice={(data) => describe(outcome, data)}
                  >
                    {texts.contactButton}
                  </ActButton>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </>
  );
}
