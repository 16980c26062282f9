"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action";
import { FormError } from "./field";

type Failure = { message: string; stale: boolean };

/**
 * What every form does with a server action's answer: on refusal, show the message and put each
 * field error beside its field, keeping everything the user typed; on success, hand back the data.
 */
export function useActionFailure<T extends FieldValues>(setError: UseFormSetError<T>) {
  const [failure, setFailure] = useState<Failure>();
  function accept<R>(result: ActionResult<R>): result is { ok: true; data: R } {
    if (result.ok) return true;
    setFailure({ message: result.formError, stale: !!result.stale });
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages?.[0]) setError(field as Path<T>, { message: messages[0] });
    }
    return false;
  }
  return { failure, clear: () => setFailure(undefined), accept };
}

/** The form-level message; after a stale save, a link to the version someone else saved. */
export function ActionFailure({ failure, currentHref }: { failure?: Failure; currentHref?: string }) {
  if (!failure) return null;
  return (
    <FormError>
      {failure.message}
      {failure.stale && currentHref && (
        <>
          {" "}
          <a className="font-medium underline" href={currentHref} target="_blank" rel="noreferrer">
            Open the current version in a new tab
          </a>
          .
        </>
      )}
    </FormError>
  );
}
