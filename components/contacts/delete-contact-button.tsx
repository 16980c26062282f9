"use client";

import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";

export function DeleteContactButton({ id, version, name, action }: { id: string; version: number; name: string; action: ServerAction }) {
  return (
    <ActButton
      action={() => action({ id, version })}
      variant="danger"
      size="md"
      layout="block"
      pendingLabel="Deleting…"
      then="/contacts"
      confirm={{
        title: "Delete this contact?",
        description: `“${name}”, its e-mails, phones, list memberships and logged activities will be deleted. This cannot be undone.`,
        confirmLabel: "Delete contact",
      }}
    >
      Delete
    </ActButton>
  );
}
