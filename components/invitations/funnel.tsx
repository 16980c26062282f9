import { requirePageUser } from "@/lib/auth/current-user";
import { eventFunnel, type Funnel } from "@/lib/invitations/funnel";

const stages: Array<{ key: keyof Omit<Funnel, "capacity">; label: string; tone: string }> = [
  { key: "invited", label: "Invited", tone: "bg-slate-500" },
  { key: "sent", label: "Sent", tone: "bg-blue-700" },
  { key: "answered", label: "Answered", tone: "bg-blue-500" },
  { key: "accepted", label: "Accepted", tone: "bg-green-700" },
  { key: "tentative", label: "Tentative", tone: "bg-amber-500" },
  { key: "declined", label: "Declined", tone: "bg-red-700" },
  { key: "attended", label: "Attended", tone: "bg-green-800" },
  { key: "noShow", label: "No-show", tone: "bg-red-500" },
];

/**
 * The event's invitation funnel against its capacity: one query (lib/invitations/funnel.ts).
 * A server component; place it on any page of the event.
 */
export async function InvitationFunnel({ eventId }: { eventId: string }) {
  const user = await requirePageUser();
  const funnel = await eventFunnel(user, eventId);
  const scale = Math.max(funnel.capacity ?? 0, funnel.invited, funnel.attended, 1);
  return (
    <section aria-labelledby="funnel-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="invitation-funnel">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="funnel-heading" className="text-lg font-semibold text-slate-900">
          Invitations
        </h2>
        <p className="text-sm text-slate-700">
          {funnel.capacity ? `Capacity ${funnel.capacity.toLocaleString("en")}` : "No capacity set"}
          {funnel.walkIns > 0 && ` · ${funnel.walkIns} walk-in${funnel.walkIns === 1 ? "" : "s"}`}
        </p>
      </div>
      <dl className="mt-3 grid gap-2 text-sm">
        {stages.map((s) => (
          <div key={s.key} className="grid grid-cols-[6.5rem_3.5rem_1fr] items-center gap-2">
            <dt className="text-slate-700">{s.label}</dt>
            <dd className="text-right font-medium tabular-nums" data-testid={`funnel-${s.key}`}>
              {funnel[s.key].toLocaleString("en")}
            </dd>
            <dd aria-hidden="true" className="h-3 rounded bg-slate-100">
              <div className={`h-3 rounded ${s.tone}`} style={{ width: `${Math.min(100, (funnel[s.key] / scale) * 100)}%` }} />
            </dd>
          </div>
        ))}
      </dl>
      {funnel.capacity !== null && funnel.accepted > funnel.capacity && (
        <p className="mt-2 text-sm font-medium text-red-800">More guests accepted than the room holds.</p>
      )}
    </section>
  );
}
