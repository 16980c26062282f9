"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/page-header";
import type { ServerAction } from "@/lib/action";
import type { GoalWithProgress } from "@/lib/campaigns/goals";
import { goalMetricLabels } from "@/lib/campaigns/work-labels";
import { formWhenOpened } from "@/components/forms/lazy-form";
import { GoalProgress } from "./goal-progress";

// Opened by "Add a goal" or a goal's "Edit": its code (react-hook-form) is fetched then, not with the page.
const GoalForm = formWhenOpened(() => import("./goal-form").then((m) => m.GoalForm));

type Props = {
  campaignId: string;
  goals: (GoalWithProgress & { due: string | null })[];
  mayEdit: boolean;
  actions: { create: ServerAction; update: ServerAction; delete: ServerAction };
};

/** The campaign's goals with their progress; editors add, edit and delete them in place. */
export function GoalsPanel({ campaignId, goals, mayEdit, actions }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function remove(goal: GoalWithProgress) {
    setError(undefined);
    startTransition(async () => {
      const result = await actions.delete({ id: goal.id, version: goal.version });
      if (result.ok) router.refresh();
      else setError(result.formError);
    });
  }

  return (
    <div className="space-y-3">
      {goals.length === 0 && <EmptyState title="No goals yet.">{mayEdit ? "Add what this campaign should achieve, and its progress is counted from the records." : null}</EmptyState>}
      <ul className="space-y-3">
        {goals.map((g) => (
          <li key={g.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="campaign-goal">
            {editing === g.id ? (
              <GoalForm
                campaignId={campaignId}
                goal={{ id: g.id, version: g.version, values: { metric: g.metric, label: g.label, target: String(g.target), dueOn: g.dueOn ?? "" } }}
                action={actions.update}
                onDone={() => setEditing(undefined)}
              />
            ) : (
              <>
                <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 id={`goal-${g.id}-label`} className="font-medium text-slate-900">
                      {g.label}
                    </h3>
                    <p className="text-xs text-slate-600">
                      {goalMetricLabels[g.metric]}
                      {g.due && ` · due ${g.due}`}
                    </p>
                  </div>
                  {mayEdit && (
                    <div className="flex gap-1">
                      <Button variant="ghost" size="sm" onClick={() => setEditing(g.id)} aria-label={`Edit goal: ${g.label}`}>
                        Edit
                      </Button>
                      <ConfirmDialog
                        trigger={
                          <Button variant="ghost" size="sm" disabled={pending} aria-label={`Delete goal: ${g.label}`}>
                            Delete
                          </Button>
                        }
                        title="Delete this goal?"
                        description={`“${g.label}” will be removed from the campaign. The records it counted stay.`}
                        confirmLabel="Delete goal"
                        destructive
                        onConfirm={() => remove(g)}
                      />
                    </div>
                  )}
                </div>
                <GoalProgress goal={g} />
              </>
            )}
          </li>
        ))}
      </ul>
      <FormError>{error}</FormError>
      {mayEdit &&
        (adding ? (
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="mb-3 font-medium text-slate-900">New goal</h3>
            <GoalForm campaignId={campaignId} action={actions.create} onDone={() => setAdding(false)} />
          </div>
        ) : (
          <Button variant="secondary" size="sm" onClick={() => setAdding(true)}>
            Add a goal
          </Button>
        ))}
    </div>
  );
}
