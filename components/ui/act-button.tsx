"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/action";
import { buttonVariants } from "./button-variants";
import { ConfirmDialog } from "./confirm-dialog";
import { FormError, Notice } from "./field";
import { useAct, type AfterAct } from "./use-act";

export { refusal, useAct, type AfterAct } from "./use-act";

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
    // A plain <button> styled as <Button>, which would bring tailwind-merge into the first load of
    // every page with an action button (this one passes no classes of its own to merge).
    <button type="button" className={buttonVariants({ size, variant })} disabled={pending || disabled} aria-label={label} onClick={confirm ? undefined : go}>
      {pending ? pendingLabel : children}
    </button>
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
