"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteCaseAction } from "@/app/(app)/cases/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";

export function DeleteCaseButton({ id, version, name }: { id: string; version: number; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function remove() {
    setError(undefined);
    startTransition(async () => {
      const result = await deleteCaseAction({ id, version });
      if (result.ok) {
        router.push("/cases");
        router.refresh();
      } else setError(result.formError);
    });
  }

  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={
          <Button variant="danger" disabled={pending}>
            {pending ? "Deleting…" : "Delete"}
          </Button>
        }
        title="Delete this case?"
        description={`“${name}”, its name variants, status history and assignments will be deleted. A case with appeals cannot be deleted. This cannot be undone.`}
        confirmLabel="Delete case"
        destructive
        onConfirm={remove}
      />
      <FormError>{error}</FormError>
    </div>
  );
}
