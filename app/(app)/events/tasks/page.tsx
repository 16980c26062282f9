import type { Metadata } from "next";
import Link from "next/link";
import { setTaskDoneAction } from "@/app/(app)/events/actions";
import { ActButton } from "@/components/ui/act-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { myOpenTasks } from "@/lib/events/task-queries";
import { taskCategoryLabels } from "@/lib/events/schema";
import { formatEventWhen, todayIn } from "@/lib/events/zoned";
import { formatDate } from "@/lib/format";
import { getLocale } from "@/lib/locale";

export const metadata: Metadata = { title: "My tasks" };

export default async function MyTasksPage() {
  const user = await requirePageUser();
  const [tasks, locale] = await Promise.all([myOpenTasks(user), getLocale()]);
  const today = todayIn();
  const overdue = tasks.filter((t) => t.dueOn && t.dueOn < today).length;
  const mayWrite = can(user.role, "event.write");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/events" className="text-blue-800 hover:underline">
          ← Events
        </Link>
      </p>
      <PageHeader
        title="My tasks"
        description={overdue ? `${overdue} overdue. Your open tasks across events, overdue first.` : "Your open tasks across events, the earliest due first."}
      />
      {tasks.length === 0 ? (
        <EmptyState title="No open tasks are yours.">Tasks given to you on an event appear here.</EmptyState>
      ) : (
        <Table caption="My open tasks">
          <thead>
            <tr>
              <Th>Task</Th>
              <Th>Due</Th>
              <Th className="hidden sm:table-cell">Event</Th>
              {mayWrite && <Th>Done?</Th>}
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => {
              const late = !!t.dueOn && t.dueOn < today;
              return (
                <tr key={t.id} className={late ? "bg-red-50" : undefined} data-testid="my-task">
                  <Td>
                    <span className="font-medium">{t.title}</span>
                    <p className="text-xs text-slate-600">{taskCategoryLabels[t.category]}</p>
                    <p className="text-xs sm:hidden">
                      <Link href={`/events/${t.eventId}`} className="text-blue-800 hover:underline">
                        {t.eventTitle}
                      </Link>
                    </p>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {t.dueOn ? formatDate(t.dueOn, locale) : "—"}
                    {late && (
                      <span className="ml-2">
                        <Badge tone="red">Overdue</Badge>
                      </span>
                    )}
                  </Td>
                  <Td className="hidden sm:table-cell">
                    <Link href={`/events/${t.eventId}`} className="text-blue-800 hover:underline">
                      {t.eventTitle}
                    </Link>
                    <p className="text-xs text-slate-600">{formatEventWhen({ startsAt: t.eventStartsAt, endsAt: null, allDay: false, timeZone: t.eventTimeZone }, locale)}</p>
                  </Td>
                  {mayWrite && (
                    <Td>
                      <ActButton action={setTaskDoneAction.bind(null, { id: t.id, version: t.version, done: true })} label={`Done: ${t.title}`}>
                        Done
                      </ActButton>
                    </Td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
