"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { goalMetricLabels, goalMetrics } from "@/lib/campaigns/work-labels";
import type { GoalFormInput, GoalFormValues } from "@/lib/campaigns/work-schema";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/campaigns/work-schema").then((m) => m.goalFormSchema));

type Props = {
  campaignId: string;
  /** absent: a new goal */
  goal?: { id: string; version: number; values: GoalFormInput };
  /** createGoalAction for a new goal, updateGoalAction for an existing one */
  action: ServerAction;
  onDone?: () => void;
};

const empty: GoalFormInput = { metric: "signatures", label: "", target: "", dueOn: "" };

/** Adds a goal to a campaign or edits one; several can be on the page, so ids carry the goal's. */
export function GoalForm({ campaignId, goal, action, onDone }: Props) {
  const router = useRouter();
  const prefix = goal ? `goal-${goal.id}` : "new-goal";
  const form = useForm<GoalFormInput, unknown, GoalFormValues>({ resolver, defaultValues: goal?.values ?? empty });
  const { register, handleSubmit, formState, setError, reset } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const errors = formState.errors;

  // The server parses the same raw input with the same schema.
  async function onSubmit() {
    const values = form.getValues();
    clear();
    const result = await action(goal ? { id: goal.id, version: goal.version, values } : { campaignId, values });
    if (!accept(result)) return;
    if (!goal) reset(empty);
    onDone?.();
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={goal ? "Edit goal" : "New goal"}>
      <ActionFailure failure={failure} currentHref={`/campaigns/${campaignId}`} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-metric`} label="What is counted" required error={errors.metric?.message}>
          <Select {...register("metric")}>
            <EnumOptions values={goalMetrics} labels={goalMetricLabels} />
          </Select>
        </Field>
        <Field id={`${prefix}-label`} label="Goal" required error={errors.label?.message}>
          <Input {...register("label")} autoComplete="off" />
        </Field>
        <Field id={`${prefix}-target`} label="Target" required error={errors.target?.message}>
          <Input inputMode="numeric" {...register("target")} />
        </Field>
        <Field id={`${prefix}-dueOn`} label="Due on" error={errors.dueOn?.message}>
          <Input type="date" {...register("dueOn")} />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : goal ? "Save goal" : "Add goal"}
        </Button>
        {onDone && (
          <Button variant="secondary" size="sm" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
