"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addContactsToListAction } from "@/app/(app)/lists/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

type Props = { listId: string; contactId: string; name: string; clearHref: string };

/** Shown after a removal: the contact is still there, and one click puts them back in the list. */
export function UndoRemoval({ listId, contactId, name, clearHref }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function undo() {
    setError(undefined);
    startTransition(async () => {
      const result = await addContactsToListAction({ listId, contactIds: [contactId] });
      if (result.ok) router.replace(clearHref, { scroll: false });
      else setError(result.formError);
    });
  }

  return (
    <div className="mb-4 space-y-2">
      <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900">
        <span>Removed {name} from the list. The contact itself is kept.</span>
        <Button variant="secondary" size="sm" disabled={pending} onClick={undo}>
          {pending ? "Undoing…" : "Undo"}
        </Button>
      </div>
      <FormError>{error}</FormError>
    </div>
  );
}
