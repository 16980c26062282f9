"use client";

import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";

export function ResetTwoFactorButton({ id, name, action }: { id: string; name: string; action: ServerAction }) {
  return (
    <ActButton
      action={() => action({ id })}
      size="md"
      layout="block"
      pendingLabel="Resetting…"
      notice="Second factor reset. The user was signed out everywhere."
      confirm={{
        title: "Reset this user's second factor?",
        description: `${name}'s authenticator and recovery codes stop working, and they are signed out everywhere. If their role requires two-factor sign-in, they set it up again at their next sign-in. Do this only once you are sure who asked (for example, a lost phone).`,
        confirmLabel: "Reset second factor",
      }}
    >
      Reset second factor
    </ActButton>
  );
}
