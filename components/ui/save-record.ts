"use client";

import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ServerAction } from "@/lib/action";
import { useActionFailure } from "./action-failure";

/**
 * The submit of a record's create-or-edit form: sends what the user typed with the version that
 * was edited, and on success opens the record. The browser has checked the input; the server
 * parses the same raw input again with the same schema (sending the parsed output would turn empty
 * dates into null, which the input schema refuses). On refusal the message shows and what the
 * user typed stays; after a stale save, `currentHref` links to the version someone else saved.
 */
export function useSaveRecord<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  action: ServerAction<{ id: string }>,
  record: { id: string; version: number } | undefined,
  basePath: string,
) {
  const router = useRouter();
  const { failure, clear, accept } = useActionFailure(form.setError);
  async function save() {
    const values = form.getValues();
    clear();
    const result = await action(record ? { id: record.id, version: record.version, values } : values);
    if (!accept(result)) return;
    router.push(`${basePath}/${result.data.id}`);
    router.refresh();
  }
  return { failure, save, currentHref: record && `${basePath}/${record.id}` };
}
