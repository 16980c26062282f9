"use client";

import { useAct } from "@/components/ui/use-act";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { FormError } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";

type Props = { listId: string; contactId: string; name: string; clearHref: string; action: ServerAction };

/** Shown after a removal: the contact is still there, and one click puts them back in the list. */
export function UndoRemoval({ listId, contactId, name, clearHref, action }: Props) {
  const { run, pending, error } = useAct();
  return (
    <div className="mb-4 space-y-2">
      <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900">
        <span>Removed {name} from the list. The contact itself is kept.</span>
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => action({ listId, contactIds: [contactId] }), { replace: clearHref })}>
          {pending ? "Undoing…" : "Undo"}
        </Button>
      </div>
      <FormError>{error}</FormError>
    </div>
  );
}
