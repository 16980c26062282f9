"use client";

import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";

export function DeleteCaseButton({ id, version, name, action }: { id: string; version: number; name: string; action: ServerAction }) {
  return (
    <ActButton
      action={() => action({ id, version })}
      variant="danger"
      size="md"
      layout="block"
      pendingLabel="Deleting…"
      then="/cases"
      confirm={{
        title: "Delete this case?",
        description: `“${name}”, its name variants, status history and assignments will be deleted. A case with appeals cannot be deleted. This cannot be undone.`,
        confirmLabel: "Delete case",
      }}
    >
      Delete
    </ActButton>
  );
}
