"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/action";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import { FormError, Notice } from "./field";

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

type Props<T> = AfterAct<T> & {
  /** a server action with its input bound (on the server, or by the component that renders this); the action still parses and authorizes it */
  action: () => Promise<ActionResult<T>>;
  children: ReactNode;
  /** the accessible name, when the visible text alone is ambiguous ("Delete" in a list) */
  label?: string;
  /** the text while the action runs */
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost" | "link";
  size?: "sm" | "md";
  disabled?: boolean;
  /** asks first, for what is hard to undo; destructive unless said otherwise */
  confirm?: { title: string; description: ReactNode; confirmLabel: string; destructive?: boolean };
  /** "inline" (default): messages beside the button; "block": below it, as a form's notice and error */
  layout?: "inline" | "block";
  /** a line under the button in the block layout (why it is disabled, say) */
  note?: ReactNode;
};

/** One button, one server action: pending state, the refusal beside the button, a refresh after. */
export function ActButton<T>({ action, children, label, pendingLabel = "Working…", variant = "secondary", size = "sm", disabled, confirm, layout = "inline", note, ...after }: Props<T>) {
  const { run, pending, error, notice } = useAct();
  const go = () => run(action, after);
  const button = (
    <Button size={size} variant={variant} disabled={pending || disabled} aria-label={label} onClick={confirm ? undefined : go}>
      {pending ? pendingLabel : children}
    </Button>
  );
  const trigger = confirm ? (
    <ConfirmDialog
      trigger={button}
      title={confirm.title}
      description={confirm.description}
      confirmLabel={confirm.confirmLabel}
      onConfirm={go}
      destructive={confirm.destructive ?? true}
    />
  ) : (
    button
  );
  if (layout === "block") {
    return (
      <div className="space-y-2">
        {trigger}
        {note}
        <Notice>{notice}</Notice>
        <FormError>{error}</FormError>
      </div>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {trigger}
      {notice && (
        <span role="status" className="text-sm text-green-800">
          {notice}
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
