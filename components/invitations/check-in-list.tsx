"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { FormError } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { answerLabels } from "@/lib/invitations/labels";
import type { Answer, Attendance } from "@/lib/invitations/schema";

export type CheckInGuest = { id: string; name: string; affiliation: string | null; answer: Answer; attendance: Attendance; walkIn: boolean };

/** Large rows a thumb can hit: tick a guest in, or undo. */
export function CheckInList({ eventId, guests, mayWrite, action }: { eventId: string; guests: CheckInGuest[]; mayWrite: boolean; action: ServerAction }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [, startTransition] = useTransition();

  function toggle(guest: CheckInGuest) {
    setError(undefined);
    setBusy(guest.id);
    startTransition(async () => {
      const result = await action({ eventId, invitationId: guest.id, attended: guest.attendance !== "attended" });
      setBusy(undefined);
      if (!result.ok) return setError(`${guest.name}: ${result.formError}`);
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <FormError>{error}</FormError>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Guests">
        {guests.map((g) => {
          const attended = g.attendance === "attended";
          return (
            <li key={g.id} className={`flex items-center justify-between gap-3 px-3 py-3 ${attended ? "bg-green-50" : ""}`}>
              <div className="min-w-0">
                <p className="text-base font-medium text-slate-900">{g.name}</p>
                <p className="text-sm text-slate-700">
                  {[g.affiliation, g.walkIn ? "Walk-in" : answerLabels[g.answer]].filter(Boolean).join(" · ")}
                </p>
              </div>
              {mayWrite ? (
                <Button
                  size="lg"
                  className="min-w-28 shrink-0"
                  variant={attended ? "secondary" : "primary"}
                  disabled={busy === g.id}
                  aria-pressed={attended}
                  aria-label={attended ? `Undo check-in of ${g.name}` : `Check in ${g.name}`}
                  onClick={() => toggle(g)}
                >
                  {busy === g.id ? "…" : attended ? "✓ Here · Undo" : "Check in"}
                </Button>
              ) : (
                attended && <Badge tone="green">Attended</Badge>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
