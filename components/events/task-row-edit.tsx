"use client";

import { useState, type ComponentProps } from "react";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { TaskForm } from "./task-form-deferred";

/** "Edit" opens the task's form in place. */
export function TaskEdit(props: Omit<ComponentProps<typeof TaskForm>, "onClose"> & { title: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button size="sm" variant="secondary" aria-label={`Edit task ${props.title}`} onClick={() => setOpen(true)}>
        Edit
      </Button>
    );
  }
  return (
    <div className="mt-2 w-full rounded-md border border-slate-200 bg-slate-50 p-3">
      <TaskForm eventId={props.eventId} task={props.task} owners={props.owners} action={props.action} onClose={() => setOpen(false)} />
    </div>
  );
}
