"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createFollowUpListAction, markNoShowsAction } from "@/app/(app)/events/[id]/report/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError, Notice } from "@/components/ui/field";

/** Everyone who accepted and was not checked in becomes a no-show, in one step. */
export function MarkNoShows({ eventId, count, started }: { eventId: string; count: number; started: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (!started) return <p className="text-sm text-slate-600">No-shows can be marked once the event has begun.</p>;
  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={
          <Button variant="secondary" disabled={pending || count === 0}>
            Mark {count} no-show{count === 1 ? "" : "s"}
          </Button>
        }
        title={`Mark ${count} guest${count === 1 ? "" : "s"} as no-show?`}
        description="Everyone who accepted but was not checked in. A guest checked in later is marked attended again."
        confirmLabel="Mark no-shows"
        onConfirm={() =>
          startTransition(async () => {
            setMessage(undefined);
            setError(undefined);
            const result = await markNoShowsAction({ eventId });
            if (!result.ok) return setError(result.formError);
            setMessage(`${result.data.marked} marked as no-show.`);
            router.refresh();
          })
        }
      />
      <Notice>{message}</Notice>
      <FormError>{error}</FormError>
    </div>
  );
}

/** A contact list of who came and who accepted but did not: the follow-up, one click away. */
export function CreateFollowUpList({ eventId }: { eventId: string }) {
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
            const result = await createFollowUpListAction({ eventId });
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
