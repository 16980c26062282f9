"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteContactAction } from "@/app/(app)/contacts/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";

export function DeleteContactButton({ id, version, name }: { id: string; version: number; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function remove() {
    setError(undefined);
    startTransition(async () => {
      const result = await deleteContactAction({ id, version });
      if (result.ok) {
        router.push("/contacts");
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
        title="Delete this contact?"
        description={`“${name}”, its e-mails, phones, list memberships and logged activities will be deleted. This cannot be undone.`}
        confirmLabel="Delete contact"
        destructive
        onConfirm={remove}
      />
      <FormError>{error}</FormError>
    </div>
  );
}
