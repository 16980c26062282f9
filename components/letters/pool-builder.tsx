"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { CountryOptions } from "@/components/contacts/country-options";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { Field, FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { parliamentaryBodies, parliamentaryBodyLabels } from "@/lib/contacts/labels";
import type { PoolFilterInput } from "@/lib/letters/schema";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/letters/schema").then((m) => m.poolFilterSchema));

type Added = { added: number; skipped: number };
type Props = {
  letterId: string;
  lists: Array<{ id: string; name: string }>;
  /** The political groups recorded on contacts, with the body each belongs to. */
  groups: Array<{ group: string; body: string | null }>;
  defaultBody: string | null;
  actions: { addFiltered: ServerAction<Added>; addList: ServerAction<Added> };
};

export const addedMessage = (r: Added) =>
  `${r.added} added to the pool${r.skipped ? `; ${r.skipped} skipped (already in the pool or do-not-contact)` : ""}.`;

/** Adds parliamentarians to the pool: everyone matching contact filters, or a whole list. */
export function PoolBuilder({ letterId, lists, groups, defaultBody, actions }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const form = useForm<PoolFilterInput>({
    resolver,
    defaultValues: { letterId, body: (defaultBody ?? "all") as PoolFilterInput["body"], country: "", group: "", committee: "" },
  });
  const { register, handleSubmit, formState, setError, control } = form;
  // The groups of the chosen body (EP groups are not PACE groups), each name once; a group
  // already chosen stays offered when the body changes, so the select shows what will be sent.
  const [body, chosenGroup] = useWatch({ control, name: ["body", "group"] });
  const groupChoices = [...new Set(groups.filter((g) => body === "all" || !g.body || g.body === body).map((g) => g.group))];
  if (chosenGroup && !groupChoices.includes(chosenGroup)) groupChoices.push(chosenGroup);
  const { failure, clear, accept } = useActionFailure(setError);

  const [listId, setListId] = useState("");
  const [listError, setListError] = useState<string>();
  const [pending, startTransition] = useTransition();

  async function addFiltered() {
    clear();
    setMessage(undefined);
    const result = await actions.addFiltered(form.getValues());
    if (!accept(result)) return;
    setMessage(addedMessage(result.data));
    router.refresh();
  }

  function addList() {
    setListError(undefined);
    setMessage(undefined);
    startTransition(async () => {
      const result = await actions.addList({ letterId, listId });
      if (!result.ok) return setListError(result.fieldErrors?.listId?.[0] ?? result.formError);
      setMessage(addedMessage(result.data));
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <Notice>{message}</Notice>
      <form method="post" onSubmit={handleSubmit(addFiltered)} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="pool-filters-heading">
        <h3 id="pool-filters-heading" className="font-medium text-slate-900">
          Add from contact filters
        </h3>
        <ActionFailure failure={failure} />
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="pool-body" label="Body" error={formState.errors.body?.message}>
            <Select {...register("body")}>
              <option value="all">Any body</option>
              <EnumOptions values={parliamentaryBodies} labels={parliamentaryBodyLabels} />
            </Select>
          </Field>
          <Field id="pool-country" label="Country or delegation" error={formState.errors.country?.message}>
            <Select {...register("country")}>
              <CountryOptions emptyLabel="Any country" />
            </Select>
          </Field>
          <Field id="pool-group" label="Political group" hint="The groups recorded on contacts of this body." error={formState.errors.group?.message}>
            <Select {...register("group")}>
              <option value="">Any group</option>
              {groupChoices.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="pool-committee" label="Committee" hint="Exactly as on the contact: DROI, AFET…" error={formState.errors.committee?.message}>
            <Input {...register("committee")} autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Adding…" : "Add matching parliamentarians"}
        </Button>
      </form>
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h3 className="font-medium text-slate-900">Add from a list</h3>
        <FormError>{listError}</FormError>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-56 flex-1">
            <label htmlFor="pool-list" className="mb-1 block text-sm font-medium text-slate-800">
              List
            </label>
            <Select id="pool-list" value={listId} onChange={(e) => setListId(e.target.value)}>
              <option value="">Choose a list</option>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </Select>
          </div>
          <Button variant="secondary" disabled={pending || !listId} onClick={addList}>
            {pending ? "Adding…" : "Add the list's members"}
          </Button>
        </div>
      </div>
    </div>
  );
}
