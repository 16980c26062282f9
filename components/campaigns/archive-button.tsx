"use client";

import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";

type Props = { id: string; version: number; name: string; archived: boolean; actions: { archive: ServerAction; restore: ServerAction } };

export function ArchiveCampaignButton({ id, version, name, archived, actions }: Props) {
  if (archived) {
    return (
      <ActButton action={() => actions.restore({ id, version })} size="md" layout="block" pendingLabel="Restoring…">
        Restore campaign
      </ActButton>
    );
  }
  return (
    <ActButton
      action={() => actions.archive({ id, version })}
      size="md"
      layout="block"
      pendingLabel="Archiving…"
      confirm={{
        title: "Archive this campaign?",
        description: `“${name}” will leave the list of current campaigns and can no longer be edited. You can restore it later.`,
        confirmLabel: "Archive campaign",
      }}
    >
      Archive
    </ActButton>
  );
}
