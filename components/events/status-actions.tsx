import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";
import { eventStatusLabels, type EventStatus } from "@/lib/events/schema";
import { allowedTransitions, transitionLabels, transitionRefusal } from "@/lib/events/transitions";

type Props = { id: string; version: number; status: EventStatus; startsAt: string | null; action: ServerAction };

/** The moves the event can make now (lib/events/transitions.ts); cancelling asks first. */
export function StatusActions({ id, version, status, startsAt, action: changeStatus }: Props) {
  const moves = allowedTransitions(status);
  const start = startsAt ? new Date(startsAt) : null;
  return (
    <section aria-label="Status" className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <span>
        Status: <strong>{eventStatusLabels[status]}</strong>.
      </span>
      {moves.length === 0 && <span className="text-slate-600">This is a final status.</span>}
      {moves.map((to) => {
        const refusal = transitionRefusal({ status, startsAt: start }, to);
        const action = changeStatus.bind(null, { id, version, to });
        if (refusal) {
          return (
            <span key={to} className="text-xs text-slate-600">
              {transitionLabels[to]}: {refusal}
            </span>
          );
        }
        return (
          <ActButton
            key={to}
            action={action}
            variant={to === "cancelled" ? "danger" : "secondary"}
            confirm={to === "cancelled" ? { title: "Cancel this event?", description: "It can be planned again later.", confirmLabel: "Cancel event" } : undefined}
          >
            {status === "cancelled" && to === "planned" ? "Plan again" : transitionLabels[to]}
          </ActButton>
        );
      })}
    </section>
  );
}
