import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { IgnoredDates } from "@/components/ui/ignored-dates";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { ignoredDateParams, isMonth } from "@/lib/dates";
import { calendarEvents } from "@/lib/events/calendar-queries";
import { calendarSchema } from "@/lib/events/schema";
import { addDays, formatTimeAt, todayIn, zoneAbbreviation } from "@/lib/events/zoned";
import { dateFormat } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import type { SearchParams } from "@/lib/url";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Events calendar" };

const shiftMonth = (month: string, by: number) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
};

/** The days shown: whole weeks, Monday first, covering the month. */
function weeksOf(month: string): string[][] {
  const first = `${month}-01`;
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  let day = addDays(first, -weekday);
  const weeks: string[][] = [];
  while (weeks.length === 0 || day.slice(0, 7) === month) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(day, i));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const today = todayIn();
  const raw = await searchParams;
  const month = calendarSchema.parse(raw).month || today.slice(0, 7);
  // The months before 1900 and after 2100 are not shown: no link leads there.
  const [previous, next] = [shiftMonth(month, -1), shiftMonth(month, 1)].map((m) => (isMonth(m) ? m : null));
  const [events, locale] = await Promise.all([calendarEvents(user, month), getLocale()]);
  const monthName = dateFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  const dayName = (date: string, style: "long" | "short") => dateFormat(locale, { weekday: style, timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
  const longDate = (date: string) => dateFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
  const weeks = weeksOf(month);
  const on = (date: string) => events.filter((e) => e.firstDay <= date && e.lastDay >= date);
  const timeOf = (e: (typeof events)[number]) =>
    e.allDay ? "All day" : `${formatTimeAt(e.startsAt, e.timeZone, locale)} ${zoneAbbreviation(e.startsAt, e.timeZone, locale)}`;
  const daysWithEvents = weeks.flat().filter((d) => d.slice(0, 7) === month && on(d).length > 0);

  const eventLink = (e: (typeof events)[number]) => (
    <Link href={`/events/${e.id}`} className="text-blue-800 hover:underline">
      <span className="font-medium text-slate-700">{timeOf(e)}</span> {e.title}
      {e.status === "cancelled" && " (cancelled)"}
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Events calendar"
        description="Each event on its days at the venue, with the venue's local time."
        actions={
          <Button asChild variant="secondary">
            <Link href="/events">List of events</Link>
          </Button>
        }
      />
      <IgnoredDates labels={ignoredDateParams(raw, { month: "Month" }, "month")} kind="month" />
      <nav aria-label="Months" className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        {previous && (
          <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" href={`/events/calendar?month=${previous}`} rel="prev">
            ← Previous month
          </Link>
        )}
        <h2 className="text-lg font-semibold text-slate-900">{monthName}</h2>
        {next && (
          <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" href={`/events/calendar?month=${next}`} rel="next">
            Next month →
          </Link>
        )}
        {month !== today.slice(0, 7) && (
          <Link className="text-blue-800 underline" href="/events/calendar">
            This month
          </Link>
        )}
      </nav>

      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Events in {monthName}</caption>
          <thead>
            <tr>
              {weeks[0].map((d) => (
                <th key={d} scope="col" className="border-b border-slate-200 bg-slate-50 px-2 py-2 font-semibold text-slate-700">
                  <abbr title={dayName(d, "long")} className="no-underline">
                    {dayName(d, "short")}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((d) => {
                  const inMonth = d.slice(0, 7) === month;
                  const isToday = d === today;
                  return (
                    <td
                      key={d}
                      aria-current={isToday ? "date" : undefined}
                      aria-label={longDate(d)}
                      className={cn("h-28 border border-slate-100 p-1.5 align-top", !inMonth && "bg-slate-50 text-slate-600", isToday && "bg-blue-50 ring-2 ring-inset ring-blue-700")}
                    >
                      <span className={cn("text-xs font-semibold", isToday && "text-blue-900")}>
                        {Number(d.slice(8))}
                        {isToday && " · today"}
                      </span>
                      {inMonth && (
                        <ul className="mt-1 space-y-1 text-xs">
                          {on(d).map((e) => (
                            <li key={e.id}>{eventLink(e)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {/* On a phone, the month as a list of the days that have events. */}
      <section aria-label={`Events in ${monthName}, by day`} className="md:hidden">
        {daysWithEvents.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">No events this month.</p>
        ) : (
          <ol className="space-y-3">
            {daysWithEvents.map((d) => (
              <li key={d} className={cn("rounded-lg border border-slate-200 bg-white p-3", d === today && "ring-2 ring-blue-700")} aria-current={d === today ? "date" : undefined}>
                <h3 className="text-sm font-semibold text-slate-900">
                  {longDate(d)}
                  {d === today && " · today"}
                </h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {on(d).map((e) => (
                    <li key={e.id}>{eventLink(e)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
