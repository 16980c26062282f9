"use client";

import { ActButton } from "@/components/ui/act-button";
import type { ServerAction } from "@/lib/action";

type Props = { id: string; version: number; name: string; memberCount: number; action: ServerAction };

export function DeleteListButton({ id, version, name, memberCount, action }: Props) {
  const members = `${memberCount.toLocaleString("en")} ${memberCount === 1 ? "member" : "members"}`;
  return (
    <ActButton
      action={() => action({ id, version })}
      size="md"
      layout="block"
      pendingLabel="Deleting…"
      then="/lists"
      confirm={{
        title: "Delete this list?",
        description: `“${name}” and its ${members} will be removed from the lists. The contacts themselves are kept.`,
        confirmLabel: "Delete list",
      }}
    >
      Delete list
    </ActButton>
  );
}
