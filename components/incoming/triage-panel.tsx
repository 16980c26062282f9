"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";
import { formAfterLoad } from "@/components/forms/lazy-form";
import type { ServerAction } from "@/lib/action";
import type { IncomingStatus } from "@/lib/incoming/schema";
import type { DecisionActions } from "./decision-form";

// Shown while the appeal is under review: fetched once the page has loaded (see lazy-form.tsx).
const DecisionForm = formAfterLoad(() => import("./decision-form").then((m) => m.DecisionForm), "min-h-[37rem] sm:min-h-[33rem]");

type Props = {
  id: string;
  version: number;
  status: IncomingStatus;
  /** managers and admins may reopen a decided appeal */
  mayReopen: boolean;
  /** managers and admins may open the accepted case as restricted ("case.restrict") */
  mayRestrict?: boolean;
  suggestedName: string;
  suggestedSummary: string;
  actions: DecisionActions & { startReview: ServerAction; reopen: ServerAction };
};

/** The next step of the triage (lib/incoming/transitions.ts): start the review, decide, or reopen. */
export function TriagePanel({ id, version, status, mayReopen, mayRestrict = false, suggestedName, suggestedSummary, actions }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function run(action: ServerAction) {
    setError(undefined);
    startTransition(async () => {
      const result = await action({ id, version });
      if (result.ok) router.refresh();
      else setError(result.formError);
    });
  }

  if (status === "under_review") {
    return <DecisionForm id={id} version={version} suggestedName={suggestedName} suggestedSummary={suggestedSummary} mayRestrict={mayRestrict} actions={actions} />;
  }
  return (
    <div className="space-y-3">
      {status === "new" ? (
        <>
          <p className="text-sm text-slate-700">Nobody has reviewed this appeal yet. Start the review before deciding on it.</p>
          <Button disabled={pending} onClick={() => run(actions.startReview)}>
            {pending ? "Saving…" : "Start review"}
          </Button>
        </>
      ) : mayReopen ? (
        <ConfirmDialog
          trigger={
            <Button variant="secondary" disabled={pending}>
              {pending ? "Reopening…" : "Reopen for review"}
            </Button>
          }
          title="Reopen this appeal?"
          description="It goes back to “under review” and its decision is cleared (the audit log keeps it). A case it opened stays."
          confirmLabel="Reopen"
          onConfirm={() => run(actions.reopen)}
        />
      ) : (
        <p className="text-sm text-slate-700">This appeal has been decided. A manager can reopen it for review.</p>
      )}
      <FormError>{error}</FormError>
    </div>
  );
}
