"use client";

import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";

type Props = {
  id: string;
  version: number;
  name: string;
  active: boolean;
  disabledReason?: string;
  actions: { deactivate: ServerAction; reactivate: ServerAction };
};

export function UserStatusButton({ id, version, name, active, disabledReason, actions }: Props) {
  if (!active) {
    return (
      <ActButton
        action={() => actions.reactivate({ id, version })}
        size="md"
        layout="block"
        pendingLabel="Reactivating…"
        confirm={{
          title: "Reactivate this user?",
          description: `${name} will be able to sign in again with their current password, with the role shown on this page.`,
          confirmLabel: "Reactivate user",
          destructive: false,
        }}
      >
        Reactivate
      </ActButton>
    );
  }
  return (
    <ActButton
      action={() => actions.deactivate({ id, version })}
      variant="danger"
      size="md"
      layout="block"
      pendingLabel="Deactivating…"
      disabled={!!disabledReason}
      note={disabledReason && <p className="text-xs text-slate-600">{disabledReason}</p>}
      confirm={{
        title: "Deactivate this user?",
        description: `${name} will be signed out everywhere at once and will not be able to sign in. Their records and history stay. You can reactivate the account later.`,
        confirmLabel: "Deactivate user",
      }}
    >
      Deactivate
    </ActButton>
  );
}
