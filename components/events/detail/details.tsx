// The event's details: when and where, online link, capacity, coordinator, campaign, cases, description and report.
import Link from "next/link";
import { EventWhen } from "@/components/events/event-when";
import { countryName } from "@/lib/contacts/countries";
import type { getEvent } from "@/lib/events/detail";
import { isSafeHttpUrl } from "@/lib/url";
import { CaseLinks } from "@/components/cases/case-links";

type Props = { event: Awaited<ReturnType<typeof getEvent>>; locale: string };

export function EventDetails({ event, locale }: Props) {
  const place = [event.room, event.venue, event.city, event.country && countryName(event.country)].filter(Boolean).join(", ");
  return (
    <section aria-labelledby="details-heading" className="space-y-2 lg:col-span-2">
      <h2 id="details-heading" className="text-lg font-semibold text-slate-900">
        Details
      </h2>
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">When</dt>
          <dd data-testid="event-when">
            <EventWhen event={event} locale={locale} showZone />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Where</dt>
          <dd>{place || "—"}</dd>
        </div>
        {event.onlineUrl && (
          <div>
            <dt className="text-slate-600">Online</dt>
            <dd className="break-all">
              <a className="text-blue-800 underline" href={isSafeHttpUrl(event.onlineUrl) ? event.onlineUrl : undefined} rel="noreferrer noopener" target="_blank">
                {event.onlineUrl}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt className="text-slate-600">Capacity</dt>
          <dd>{event.capacity ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Coordinator</dt>
          <dd>{event.coordinatorName ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Campaign</dt>
          <dd>
            {event.campaignId && event.campaignName ? (
              <Link href={`/campaigns/${event.campaignId}`} className="text-blue-800 hover:underline">
                {event.campaignName}
              </Link>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-600">Cases</dt>
          <dd>
            <CaseLinks cases={event.cases} />
          </dd>
        </div>
        {event.description && (
          <div className="sm:col-span-2">
            <dt className="text-slate-600">Description</dt>
            <dd className="whitespace-pre-wrap">{event.description}</dd>
          </div>
        )}
        {event.report && (
          <div className="sm:col-span-2">
            <dt className="text-slate-600">Report</dt>
            <dd className="whitespace-pre-wrap">{event.report}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
