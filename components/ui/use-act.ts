"use client";

// useAct apart from <ActButton> (./act-button.tsx, which re-exports it), so that a component that
// only runs actions does not bring the confirmation dialog's code into its page's first load.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";

/** What happens after a success: a message, a new page, or (by default) a refresh of this one. */
export type AfterAct<T> = {
  /** shown once the action succeeded, from the action's answer if a function */
  notice?: string | ((data: T) => string);
  /** go there, then refresh */
  then?: string;
  /** replace the URL (e.g. to add or drop a query parameter), keeping the scroll position */
  replace?: string;
};

/** The first error of a refused action: a field's message if there is one, else the form's. */
export function refusal(result: { formError: string; fieldErrors?: Record<string, string[] | undefined> }): string {
  return Object.values(result.fieldErrors ?? {}).find((messages) => messages?.[0])?.[0] ?? result.formError;
}

/**
 * Runs server actions from a client component: pending state, the refusal's message, a notice
 * and a refresh or navigation after a success. ActButton is this with one button; forms and
 * tables that call several actions use it directly.
 */
export function useAct() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [pending, startTransition] = useTransition();
  function run<T>(action: () => Promise<ActionResult<T>>, after: AfterAct<T> & { onSuccess?: (data: T) => void } = {}) {
    setError(undefined);
    setNotice(undefined);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(refusal(result));
      if (after.notice) setNotice(typeof after.notice === "function" ? after.notice(result.data) : after.notice);
      after.onSuccess?.(result.data);
      if (after.replace) return router.replace(after.replace, { scroll: false });
      if (after.then) router.push(after.then);
      router.refresh();
    });
  }
  return { run, pending, error, notice, fail: setError };
}
