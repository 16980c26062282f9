"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { useSaveRecord } from "@/components/ui/save-record";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { ListFormInput, ListFormValues } from "@/lib/lists/schema";

type Props = {
  list?: { id: string; version: number; values: ListFormInput };
  /** createListAction for a new list, updateListAction for an existing one */
  action: ServerAction<{ id: string }>;
};

const empty: ListFormInput = { name: "", description: "" };

/** Creates a list, or renames and re-describes one (version-checked). */
// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/lists/schema").then((m) => m.listFormSchema));

export function ListForm({ list, action }: Props) {
  const router = useRouter();
  const form = useForm<ListFormInput, unknown, ListFormValues>({
    resolver,
    defaultValues: list?.values ?? empty,
  });
  const { register, handleSubmit, formState } = form;
  const { failure, save, currentHref } = useSaveRecord(form, action, list, "/lists");
  const errors = formState.errors;

  return (
    <form method="post" onSubmit={handleSubmit(save)} noValidate className="max-w-2xl space-y-5">
      <ActionFailure failure={failure} currentHref={currentHref} />
      <Field id="name" label="Name" required error={errors.name?.message}>
        <Input {...register("name")} autoComplete="off" />
      </Field>
      <Field id="description" label="Description" hint="What the list is for, e.g. the report whose addressees it holds." error={errors.description?.message}>
        <Textarea rows={4} {...register("description")} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : list ? "Save changes" : "Create list"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
