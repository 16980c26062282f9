"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deactivateUserAction, reactivateUserAction } from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";

type Props = { id: string; version: number; name: string; active: boolean; disabledReason?: string };

export function UserStatusButton({ id, version, name, active, disabledReason }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function run(action: typeof deactivateUserAction) {
    setError(undefined);
    startTransition(async () => {
      const result = await action({ id, version });
      if (result.ok) router.refresh();
      else setError(result.formError);
    });
  }

  return (
    <div className="space-y-2">
      {!active ? (
        <ConfirmDialog
          trigger={
            <Button variant="secondary" disabled={pending}>
              {pending ? "Reactivating…" : "Reactivate"}
            </Button>
          }
          title="Reactivate this user?"
          description={`${name} will be able to sign in again with their current password, with the role shown on this page.`}
          confirmLabel="Reactivate user"
          onConfirm={() => run(reactivateUserAction)}
        />
      ) : (
        <ConfirmDialog
          trigger={
            <Button variant="danger" disabled={pending || !!disabledReason}>
              {pending ? "Deactivating…" : "Deactivate"}
            </Button>
          }
          title="Deactivate this user?"
          description={`${name} will be signed out everywhere at once and will not be able to sign in. Their records and history stay. You can reactivate the account later.`}
          confirmLabel="Deactivate user"
          destructive
          onConfirm={() => run(deactivateUserAction)}
        />
      )}
      {disabledReason && active && <p className="text-xs text-slate-600">{disabledReason}</p>}
      <FormError>{error}</FormError>
    </div>
  );
}
