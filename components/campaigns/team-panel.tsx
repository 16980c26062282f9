"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { roleLabels, type Role } from "@/lib/auth/policy";

type Member = { userId: string; name: string; userRole: Role; role: string };
type Candidate = { id: string; name: string; role: Role };
type Props = { campaignId: string; members: Member[]; candidates: Candidate[]; mayEdit: boolean; actions: { add: ServerAction; remove: ServerAction } };

/** Who works on the campaign and in what role; managers and admins add and remove people. */
export function TeamPanel({ campaignId, members, candidates, mayEdit, actions }: Props) {
  const router = useRouter();
  const [userId, setUserId] = useState("");
  const [role, setRole] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function run(call: () => ReturnType<ServerAction>, after?: () => void) {
    setError(undefined);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setError(result.formError);
      after?.();
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {members.length === 0 ? (
        <p className="text-slate-600">Nobody is on the team yet.</p>
      ) : (
        <ul className="space-y-2" aria-label="Team members">
          {members.map((m) => (
            <li key={m.userId} className="flex items-center justify-between gap-2">
              <span>
                {m.name} <span className="text-xs text-slate-600">({m.role} · {roleLabels[m.userRole]})</span>
              </span>
              {mayEdit && (
                <ConfirmDialog
                  trigger={
                    <Button variant="ghost" size="sm" disabled={pending} aria-label={`Remove ${m.name} from the team`}>
                      Remove
                    </Button>
                  }
                  title="Remove from the team?"
                  description={`${m.name} will no longer be listed on this campaign's team.`}
                  confirmLabel="Remove"
                  destructive
                  onConfirm={() => run(() => actions.remove({ campaignId, userId: m.userId }))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {mayEdit && (
        <form
          className="space-y-2"
          aria-label="Add to the team"
          onSubmit={(e) => {
            e.preventDefault();
            if (userId) run(() => actions.add({ campaignId, userId, role }), () => (setUserId(""), setRole("")));
          }}
        >
          <div>
            <label htmlFor="team-user" className="mb-1 block text-sm text-slate-800">
              Add someone
            </label>
            <Select id="team-user" value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">Choose a person</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({roleLabels[c.role]})
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="team-role" className="mb-1 block text-sm text-slate-800">
              Role on the campaign
            </label>
            <Input id="team-role" value={role} onChange={(e) => setRole(e.target.value)} placeholder="member" maxLength={60} />
          </div>
          <Button type="submit" variant="secondary" size="sm" disabled={pending || !userId}>
            Add to team
          </Button>
        </form>
      )}
      <FormError>{error}</FormError>
    </div>
  );
}
