"use client";

import { formWhenOpened } from "@/components/forms/lazy-form";

/** The task form, fetched when "Add a task" or a task's "Edit" opens it (see lazy-form.tsx). */
export const TaskForm = formWhenOpened(() => import("./task-form").then((m) => m.TaskForm));
