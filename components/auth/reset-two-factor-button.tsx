"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetTwoFactorAction } from "@/app/(app)/admin/security/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError, Notice } from "@/components/ui/field";

export function ResetTwoFactorButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [pending, startTransition] = useTransition();

  function reset() {
    setError(undefined);
    startTransition(async () => {
      const result = await resetTwoFactorAction({ id });
      if (result.ok) {
        setNotice("Second factor reset. The user was signed out everywhere.");
        router.refresh();
      } else setError(result.formError);
    });
  }

  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={
          <Button variant="secondary" disabled={pending}>
            {pending ? "Resetting…" : "Reset second factor"}
          </Button>
        }
        title="Reset this user's second factor?"
        description={`${name}'s authenticator and recovery codes stop working, and they are signed out everywhere. If their role requires two-factor sign-in, they set it up again at their next sign-in. Do this only once you are sure who asked (for example, a lost phone).`}
        confirmLabel="Reset second factor"
        destructive
        onConfirm={reset}
      />
      <Notice>{notice}</Notice>
      <FormError>{error}</FormError>
    </div>
  );
}
