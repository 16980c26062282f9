"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { ActButton } from "@/components/ui/act-button";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";

/** Everyone who accepted and was not checked in becomes a no-show, in one step. */
export function MarkNoShows({ eventId, count, started, action }: { eventId: string; count: number; started: boolean; action: ServerAction<{ marked: number }> }) {
  if (!started) return <p className="text-sm text-slate-600">No-shows can be marked once the event has begun.</p>;
  const label = `Mark ${count} no-show${count === 1 ? "" : "s"}`;
  return (
    <ActButton
      action={() => action({ eventId })}
      size="md"
      layout="block"
      disabled={count === 0}
      pendingLabel={label}
      confirm={{
        title: `Mark ${count} guest${count === 1 ? "" : "s"} as no-show?`,
        description: "Everyone who accepted but was not checked in. A guest checked in later is marked attended again.",
        confirmLabel: "Mark no-shows",
        destructive: false,
      }}
      notice={(data) => `${data.marked} marked as no-show.`}
    >
      {label}
    </ActButton>
  );
}

/** A contact list of who came and who accepted but did not: the follow-up, one click away. */
export function CreateFollowUpList({ eventId, action }: { eventId: string; action: ServerAction<{ id: string; members: number }> }) {
  const [created, setCreated] = useState<{ id: string; members: number }>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(undefined);
            const result = await action({ eventId });
            if (!result.ok) return setError(result.formError);
            setCreated(result.data);
          })
        }
      >
        {pending ? "Creating…" : "Create follow-up list"}
      </Button>
      {created && (
        <Notice>
          List created with {created.members} contact{created.members === 1 ? "" : "s"}.{" "}
          <Link href={`/lists/${created.id}`} className="font-medium underline">
            Open the follow-up list
          </Link>
        </Notice>
      )}
      <FormError>{error}</FormError>
    </div>
  );
}
