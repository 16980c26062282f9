"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteListAction } from "@/app/(app)/lists/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";

type Props = { id: string; version: number; name: string; memberCount: number };

export function DeleteListButton({ id, version, name, memberCount }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function remove() {
    setError(undefined);
    startTransition(async () => {
      const result = await deleteListAction({ id, version });
      if (result.ok) {
        router.push("/lists");
        router.refresh();
      } else setError(result.formError);
    });
  }

  const members = `${memberCount.toLocaleString("en")} ${memberCount === 1 ? "member" : "members"}`;
  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={
          <Button variant="secondary" disabled={pending}>
            {pending ? "Deleting…" : "Delete list"}
          </Button>
        }
        title="Delete this list?"
        description={`“${name}” and its ${members} will be removed from the lists. The contacts themselves are kept.`}
        confirmLabel="Delete list"
        destructive
        onConfirm={remove}
      />
      <FormError>{error}</FormError>
    </div>
  );
}
