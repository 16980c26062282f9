"use client";

import { useState, type ComponentProps } from "react";
import { TaskForm } from "./task-form-deferred";

/** "Add a task", a disclosure: the form (and its code) is there once it is opened. */
export function AddTask(props: Omit<ComponentProps<typeof TaskForm>, "task" | "onClose">) {
  const [open, setOpen] = useState(false);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-blue-800">Add a task</summary>
      <div className="mt-3">{open && <TaskForm {...props} />}</div>
    </details>
  );
}
