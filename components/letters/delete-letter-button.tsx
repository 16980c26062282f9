"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteLetterAction } from "@/app/(app)/letters/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";

export function DeleteLetterButton({ id, version, title }: { id: string; version: number; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={
          <Button variant="secondary" disabled={pending}>
            {pending ? "Deleting…" : "Delete"}
          </Button>
        }
        title="Delete this letter?"
        description={`“${title}” and its whole pool of parliamentarians, with every status and note, will be deleted. The contacts stay.`}
        confirmLabel="Delete letter"
        destructive
        onConfirm={() =>
          startTransition(async () => {
            const result = await deleteLetterAction({ id, version });
            if (!result.ok) return setError(result.formError);
            router.push("/letters");
            router.refresh();
          })
        }
      />
      <FormError>{error}</FormError>
    </div>
  );
}
