import type { Metadata } from "next";
import Link from "next/link";
import { EventFilters } from "@/components/events/event-filters";
import { EventStatusBadge } from "@/components/events/status-badge";
import { EventWhen } from "@/components/events/event-when";
import { Button } from "@/components/ui/button";
import { IgnoredDates } from "@/components/ui/ignored-dates";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { readTogether } from "@/lib/auth/data-access";
import { can } from "@/lib/auth/policy";
import { countryName } from "@/lib/contacts/countries";
import { ignoredDateParams } from "@/lib/dates";
import { eventFilterOptions, listEvents } from "@/lib/events/list";
import { eventForumLabels, eventKindLabels, eventListSchema } from "@/lib/events/schema";
import { getLocale } from "@/lib/locale";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const raw = await searchParams;
  const params = eventListSchema.parse(raw);
  const [{ rows, total, page, pageSize }, options, locale] = await readTogether(user, () => Promise.all([listEvents(user, params), eventFilterOptions(user), getLocale()]));
  const defaults = eventListSchema.parse({});
  const filtered = (["q", "kind", "forum", "status", "country", "campaign", "when", "from", "to"] as const).some((k) => params[k] !== defaults[k]);
  const mayWrite = can(user.role, "event.write");

  return (
    <>
      <PageHeader
        title="Events"
        description="Side-events, hearings, conferences and missions. Times are the venue's, with your own when it differs."
        actions={
          <>
            <Button asChild variant="secondary">
              <Link href="/events/calendar">Calendar</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/events/tasks">My tasks</Link>
            </Button>
            <Button asChild variant="secondary">
              <a href="/events/feed.ics" download>
                Calendar feed (.ics)
              </a>
            </Button>
            {mayWrite && (
              <Button asChild>
                <Link href="/events/new">New event</Link>
              </Button>
            )}
          </>
        }
      />
      <EventFilters params={params} options={options} />
      <IgnoredDates labels={ignoredDateParams(raw, { from: "From", to: "To" })} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No event matches these filters." : "No upcoming events."}>
          {filtered ? (
            <Link className="text-blue-800 underline" href="/events">
              Clear the filters
            </Link>
          ) : (
            <>
              <Link className="text-blue-800 underline" href="/events?when=past">
                See past events
              </Link>
              {mayWrite && " or add one with “New event”."}
            </>
          )}
        </EmptyState>
      ) : (
        <>
          <Table caption="Events">
            <thead>
              <tr>
                <Th>Event</Th>
                <Th>When (venue time)</Th>
                <Th>Status</Th>
                <Th className="hidden md:table-cell">Where</Th>
                <Th className="hidden lg:table-cell">Forum</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <Td>
                    <Link href={`/events/${e.id}`} className="font-medium text-blue-800 hover:underline">
                      {e.title}
                    </Link>
                    <p className="text-xs text-slate-600">{eventKindLabels[e.kind]}</p>
                  </Td>
                  <Td className="min-w-40">
                    <EventWhen event={e} locale={locale} />
                  </Td>
                  <Td>
                    <EventStatusBadge status={e.status} />
                  </Td>
                  <Td className="hidden md:table-cell">
                    {[e.room, e.venue].filter(Boolean).join(", ") || "—"}
                    {(e.city || e.country) && <p className="text-xs text-slate-600">{[e.city, e.country && countryName(e.country)].filter(Boolean).join(", ")}</p>}
                  </Td>
                  <Td className="hidden lg:table-cell">{eventForumLabels[e.forum]}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination path="/events" params={raw} page={page} pageSize={pageSize} total={total} noun="events" />
        </>
      )}
    </>
  );
}
