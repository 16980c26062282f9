import { ActButton } from "@/components/ui/act-button";
import { Badge } from "@/components/ui/badge";
import type { ServerAction } from "@/lib/action";
import { formatDate } from "@/lib/format";
import { taskCategoryLabels, type TaskCategory } from "@/lib/events/schema";
import { AddTask } from "./add-task";
import { TaskEdit } from "./task-row-edit";

type Task = {
  id: string;
  title: string;
  category: TaskCategory;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  doneAt: Date | null;
  notes: string | null;
  version: number;
};

type Props = {
  eventId: string;
  tasks: Task[];
  owners: Array<{ id: string; name: string }>;
  today: string;
  locale: string;
  mayWrite: boolean;
  actions: Record<"addUsual" | "setDone" | "delete" | "create" | "update", ServerAction>;
};

/** The event's logistics: open tasks first, overdue ones marked; done ones struck through. */
export function TasksPanel({ eventId, tasks, owners, today, locale, mayWrite, actions }: Props) {
  const overdue = tasks.filter((t) => !t.doneAt && t.dueOn && t.dueOn < today).length;
  return (
    <section aria-labelledby="tasks-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="tasks-heading" className="text-lg font-semibold text-slate-900">
          Tasks ({tasks.filter((t) => t.doneAt).length} of {tasks.length} done)
        </h2>
        {mayWrite && (
          <ActButton action={actions.addUsual.bind(null, { eventId })} label="Add usual tasks for this kind of event">
            Add usual tasks
          </ActButton>
        )}
      </div>
      {overdue > 0 && (
        <p role="status" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {overdue} {overdue === 1 ? "task is" : "tasks are"} overdue.
        </p>
      )}
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-600">No tasks yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {tasks.map((t) => {
            const late = !t.doneAt && !!t.dueOn && t.dueOn < today;
            return (
              <li key={t.id} className={`flex flex-wrap items-start justify-between gap-2 p-3 ${late ? "bg-red-50" : ""}`} data-testid="event-task">
                <div className="min-w-0">
                  <p className={`font-medium ${t.doneAt ? "text-slate-600 line-through" : "text-slate-900"}`}>{t.title}</p>
                  <p className="text-xs text-slate-700">
                    {taskCategoryLabels[t.category]} · {t.ownerName ?? "no owner"} · {t.dueOn ? `due ${formatDate(t.dueOn, locale)}` : "no due date"}
                    {t.doneAt && ` · done ${formatDate(t.doneAt, locale)}`}
                  </p>
                  {late && (
                    <span className="mt-1 inline-block">
                      <Badge tone="red">Overdue</Badge>
                    </span>
                  )}
                  {t.notes && <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">{t.notes}</p>}
                </div>
                {mayWrite && (
                  <div className="flex flex-wrap items-start gap-2">
                    <ActButton action={actions.setDone.bind(null, { id: t.id, version: t.version, done: !t.doneAt })} label={`${t.doneAt ? "Undo" : "Done"}: ${t.title}`}>
                      {t.doneAt ? "Undo" : "Done"}
                    </ActButton>
                    <TaskEdit
                      eventId={eventId}
                      title={t.title}
                      owners={owners}
                      action={actions.update}
                      task={{ id: t.id, version: t.version, values: { title: t.title, category: t.category, ownerId: t.ownerId ?? "", dueOn: t.dueOn ?? "", notes: t.notes ?? "" } }}
                    />
                    <ActButton
                      action={actions.delete.bind(null, { id: t.id, version: t.version })}
                      label={`Delete task ${t.title}`}
                      variant="ghost"
                      confirm={{ title: "Delete this task?", description: `“${t.title}” will be removed from the event.`, confirmLabel: "Delete task" }}
                    >
                      Delete
                    </ActButton>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {mayWrite && (
        <AddTask eventId={eventId} owners={owners} action={actions.create} />
      )}
    </section>
  );
}
