"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { archiveCampaignAction, restoreCampaignAction } from "@/app/(app)/campaigns/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";

type Props = { id: string; version: number; name: string; archived: boolean };

export function ArchiveCampaignButton({ id, version, name, archived }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function run(action: typeof archiveCampaignAction) {
    setError(undefined);
    startTransition(async () => {
      const result = await action({ id, version });
      if (result.ok) router.refresh();
      else setError(result.formError);
    });
  }

  return (
    <div className="space-y-2">
      {archived ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(restoreCampaignAction)}>
          {pending ? "Restoring…" : "Restore campaign"}
        </Button>
      ) : (
        <ConfirmDialog
          trigger={
            <Button variant="secondary" disabled={pending}>
              {pending ? "Archiving…" : "Archive"}
            </Button>
          }
          title="Archive this campaign?"
          description={`“${name}” will leave the list of current campaigns and can no longer be edited. You can restore it later.`}
          confirmLabel="Archive campaign"
          destructive
          onConfirm={() => run(archiveCampaignAction)}
        />
      )}
      <FormError>{error}</FormError>
    </div>
  );
}
