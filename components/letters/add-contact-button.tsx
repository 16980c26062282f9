"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addPoolContactAction } from "@/app/(app)/letters/actions";
import { Button } from "@/components/ui/button";

/** Adds one person found by the pool's search. */
export function AddContactButton({ letterId, contactId, name }: { letterId: string; contactId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={`Add ${name} to the pool`}
        onClick={() =>
          startTransition(async () => {
            const result = await addPoolContactAction({ letterId, contactId });
            if (result.ok) router.refresh();
            else setError(result.formError);
          })
        }
      >
        {pending ? "Adding…" : "Add"}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
