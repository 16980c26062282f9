"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/action";

type Props = {
  /** a server action with its input bound on the server; the action still parses and authorizes it */
  action: () => Promise<ActionResult<unknown>>;
  children: ReactNode;
  label?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost" | "link";
  /** asks first, for what is hard to undo */
  confirm?: { title: string; description: ReactNode; confirmLabel: string };
  /** where to go after success; otherwise the page refreshes */
  then?: string;
};

/** One button, one server action: pending state, the refusal beside the button, a refresh after. */
export function ActButton({ action, children, label, variant = "secondary", confirm, then }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  function run() {
    setError(undefined);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.formError);
      if (then) router.push(then);
      router.refresh();
    });
  }
  const button = (
    <Button size="sm" variant={variant} disabled={pending} aria-label={label} onClick={confirm ? undefined : run}>
      {pending ? "Working…" : children}
    </Button>
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {confirm ? <ConfirmDialog trigger={button} title={confirm.title} description={confirm.description} confirmLabel={confirm.confirmLabel} onConfirm={run} destructive /> : button}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
