// The event's co-hosts, speakers, moderator and partner organizations, each removable by writers; the find-and-add panel goes below as children.
import Link from "next/link";
import type { ReactNode } from "react";
import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";
import type { getEvent } from "@/lib/events/detail";
import { participantRoleLabels } from "@/lib/events/schema";

type Props = {
  event: Pick<Awaited<ReturnType<typeof getEvent>>, "id" | "participants" | "partners" | "moderatorContactId" | "moderatorName">;
  mayWrite: boolean;
  actions: { removeParticipant: ServerAction; removePartner: ServerAction };
  children?: ReactNode;
};

export function EventPeople({ event, mayWrite, actions, children }: Props) {
  const people = [
    ...event.participants,
    ...(event.moderatorContactId && event.moderatorName ? [{ contactId: event.moderatorContactId, name: event.moderatorName, title: null, role: "moderator" as const }] : []),
  ];
  return (
    <section aria-labelledby="people-heading" className="space-y-2">
      <h2 id="people-heading" className="text-lg font-semibold text-slate-900">
        People and partners
      </h2>
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        {people.length === 0 ? (
          <p className="text-slate-600">No co-hosts, speakers or moderator yet.</p>
        ) : (
          <ul className="space-y-2" aria-label="Co-hosts, speakers and moderator">
            {people.map((p) => (
              <li key={`${p.contactId}-${p.role}`} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <Link href={`/contacts/${p.contactId}`} className="font-medium text-blue-800 hover:underline">
                    {p.name}
                  </Link>{" "}
                  <span className="text-slate-600">· {participantRoleLabels[p.role]}</span>
                </span>
                {mayWrite && p.role !== "partner" && (
                  <ActButton
                    action={actions.removeParticipant.bind(null, { eventId: event.id, contactId: p.contactId, role: p.role })}
                    label={`Remove ${p.name} as ${participantRoleLabels[p.role].toLowerCase()}`}
                    variant="ghost"
                  >
                    Remove
                  </ActButton>
                )}
              </li>
            ))}
          </ul>
        )}
        <div>
          <h3 className="font-medium text-slate-900">Partner organizations</h3>
          {event.partners.length === 0 ? (
            <p className="text-slate-600">None yet.</p>
          ) : (
            <ul className="mt-1 space-y-2">
              {event.partners.map((o) => (
                <li key={o.id} className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/organizations/${o.id}`} className="text-blue-800 hover:underline">
                    {o.name}
                    {o.acronym && ` (${o.acronym})`}
                  </Link>
                  {mayWrite && (
                    <ActButton action={actions.removePartner.bind(null, { eventId: event.id, organizationId: o.id })} label={`Remove ${o.name} as partner`} variant="ghost">
                      Remove
                    </ActButton>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {children}
    </section>
  );
}
