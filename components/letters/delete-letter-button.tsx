"use client";

import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";

export function DeleteLetterButton({ id, version, title, action }: { id: string; version: number; title: string; action: ServerAction }) {
  return (
    <ActButton
      action={() => action({ id, version })}
      size="md"
      layout="block"
      pendingLabel="Deleting…"
      then="/letters"
      confirm={{
        title: "Delete this letter?",
        description: `“${title}” and its whole pool of parliamentarians, with every status and note, will be deleted. The contacts stay.`,
        confirmLabel: "Delete letter",
      }}
    >
      Delete
    </ActButton>
  );
}
