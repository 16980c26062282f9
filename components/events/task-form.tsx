"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { taskCategories, taskCategoryLabels } from "@/lib/events/labels";
import type { TaskFormInput, TaskFormValues } from "@/lib/events/schema";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/events/schema").then((m) => m.taskFormSchema));

type Props = {
  eventId: string;
  task?: { id: string; version: number; values: TaskFormInput };
  owners: Array<{ id: string; name: string }>;
  /** createTaskAction for a new task, updateTaskAction for an existing one */
  action: ServerAction;
  onClose?: () => void;
};

const empty: TaskFormInput = { title: "", category: "other", ownerId: "", dueOn: "", notes: "" };

/** Adds a task to the event, or edits one (ids prefixed so several forms can share a page). */
export function TaskForm({ eventId, task, owners, action, onClose }: Props) {
  const router = useRouter();
  const form = useForm<TaskFormInput, unknown, TaskFormValues>({ resolver, defaultValues: task?.values ?? empty });
  const { register, handleSubmit, formState, setError, reset } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const errors = formState.errors;
  const p = task ? `task-${task.id}` : "new-task";

  async function onSubmit() {
    const values = form.getValues();
    clear();
    const result = await action(task ? { id: task.id, version: task.version, values } : { eventId, values });
    if (!accept(result)) return;
    if (!task) reset(empty);
    onClose?.();
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={task ? `Edit task ${task.values.title}` : "Add a task"}>
      <ActionFailure failure={failure} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${p}-title`} label="Task" required error={errors.title?.message}>
          <Input {...register("title")} autoComplete="off" />
        </Field>
        <Field id={`${p}-category`} label="Category" error={errors.category?.message}>
          <Select {...register("category")}>
            <EnumOptions values={taskCategories} labels={taskCategoryLabels} />
          </Select>
        </Field>
        <Field id={`${p}-owner`} label="Owner" error={errors.ownerId?.message}>
          <Select {...register("ownerId")}>
            <option value="">Nobody yet</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${p}-due`} label="Due on" error={errors.dueOn?.message}>
          <Input type="date" {...register("dueOn")} />
        </Field>
      </div>
      <Field id={`${p}-notes`} label="Notes" error={errors.notes?.message}>
        <Textarea rows={2} {...register("notes")} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : task ? "Save task" : "Add task"}
        </Button>
        {onClose && (
          <Button size="sm" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
