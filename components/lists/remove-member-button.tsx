"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeMemberAction } from "@/app/(app)/lists/actions";
import { Button } from "@/components/ui/button";

type Props = { listId: string; contactId: string; name: string; afterHref: string };

/**
 * Removes one member at once, without a confirmation: the page then offers "Undo" (afterHref
 * carries `removed=<id>`), and removing never touches the contact itself.
 */
export function RemoveMemberButton({ listId, contactId, name, afterHref }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function remove() {
    setError(undefined);
    startTransition(async () => {
      const result = await removeMemberAction({ listId, contactId });
      if (result.ok) router.replace(afterHref, { scroll: false });
      else setError(result.formError);
    });
  }

  return (
    <>
      <Button variant="ghost" size="sm" disabled={pending} onClick={remove} aria-label={`Remove ${name} from the list`}>
        {pending ? "Removing…" : "Remove"}
      </Button>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
