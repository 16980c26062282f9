"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PlainButton as Button, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";
import type { ActionResult, ServerAction } from "@/lib/action";

type Props = {
  id: string;
  version: number;
  title: string;
  /**
   * The steps this role may take in this state, decided by the page (lib/appeals/workflow.ts's
   * rule stays on the server, out of the page's JavaScript); the actions check again.
   */
  steps: { submit: boolean; review: boolean; close: boolean; remove: boolean };
  actions: Record<"submit" | "approve" | "return" | "close" | "delete", ServerAction>;
};

/** The workflow's next steps that this role may take in this state, and nothing else. */
export function WorkflowActions({ id, version, title, steps, actions }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [comment, setComment] = useState("");
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<ActionResult<unknown>>, after?: () => void) {
    setError(undefined);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(result.fieldErrors?.comment?.[0] ?? result.formError);
      if (after) after();
      else router.refresh();
    });
  }

  const { submit, review, close, remove } = steps;
  if (!submit && !review && !close && !remove) return null;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        {submit && (
          <ConfirmDialog
            trigger={<Button disabled={pending}>Submit for review</Button>}
            title="Submit this appeal for review?"
            description="A manager will approve it or return it with comments. The text and recipients cannot change while it is in review; the recipients' names and addresses are refreshed from their contacts now."
            confirmLabel="Submit for review"
            onConfirm={() => run(() => actions.submit({ id, version }))}
          />
        )}
        {review && (
          <>
            <ConfirmDialog
              trigger={<Button disabled={pending}>Approve</Button>}
              title="Approve this appeal?"
              description="Once approved, the letters can be printed, downloaded and sent; the text and recipients are frozen."
              confirmLabel="Approve"
              onConfirm={() => run(() => actions.approve({ id, version }))}
            />
            <details className="rounded-md border border-slate-300 bg-white">
              <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-900">Return with a comment</summary>
              <div className="w-80 max-w-full space-y-2 p-3">
                <label htmlFor="return-comment" className="block text-sm font-medium text-slate-800">
                  What needs to change
                  <span className="text-red-700" aria-hidden="true">
                    {" "}
                    *
                  </span>
                </label>
                <Textarea id="return-comment" rows={4} value={comment} onChange={(e) => setComment(e.target.value)} required />
                <Button
                  variant="secondary"
                  disabled={pending}
                  onClick={() => {
                    if (!comment.trim()) return setError("Say what needs to change: the comment is required.");
                    run(() => actions.return({ id, version, comment }));
                  }}
                >
                  Return to the author
                </Button>
              </div>
            </details>
          </>
        )}
        {close && (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" disabled={pending}>
                Close appeal
              </Button>
            }
            title="Close this appeal?"
            description="Closing ends the appeal's workflow: no more dispatches or replies are expected."
            confirmLabel="Close appeal"
            onConfirm={() => run(() => actions.close({ id, version }))}
          />
        )}
        {remove && (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" disabled={pending}>
                Delete
              </Button>
            }
            title="Delete this draft?"
            description={`“${title}”, its recipients and its text versions will be deleted. The contacts stay.`}
            confirmLabel="Delete draft"
            destructive
            onConfirm={() =>
              run(
                () => actions.delete({ id, version }),
                () => {
                  router.push("/appeals");
                  router.refresh();
                },
              )
            }
          />
        )}
      </div>
      <FormError>{error}</FormError>
    </div>
  );
}
