"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/field";
import { PlainButton as Button, PlainSelect as Select } from "@/components/ui/plain-controls";
import type { ServerAction } from "@/lib/action";
import { roleLabels, type Role } from "@/lib/auth/policy";

type Person = { id: string; name: string; role: Role };
type Props = { caseId: string; assignees: Person[]; candidates: Person[]; actions: { assign: ServerAction; unassign: ServerAction } };

/** Managers and admins decide who, besides themselves, may read a restricted case. */
export function CaseAssignments({ caseId, assignees, candidates, actions }: Props) {
  const router = useRouter();
  const [userId, setUserId] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function run(action: ServerAction, target: string) {
    setError(undefined);
    startTransition(async () => {
      const result = await action({ caseId, userId: target });
      if (!result.ok) return setError(result.formError);
      setUserId("");
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {assignees.length === 0 ? (
        <p className="text-slate-600">Nobody is assigned.</p>
      ) : (
        <ul className="space-y-1">
          {assignees.map((a) => (
            <li key={a.id} className="flex items-center justify-between gap-2">
              <span>
                {a.name} <span className="text-xs text-slate-600">({roleLabels[a.role]})</span>
              </span>
              <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(actions.unassign, a.id)}>
                Unassign {a.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (userId) run(actions.assign, userId);
        }}
      >
        <div className="min-w-40 flex-1">
          <label htmlFor="assign-user" className="mb-1 block text-sm text-slate-800">
            Assign someone
          </label>
          <Select id="assign-user" value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">Choose an officer or coordinator</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({roleLabels[c.role]})
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary" size="sm" disabled={pending || !userId}>
          Assign
        </Button>
      </form>
      <FormError>{error}</FormError>
    </div>
  );
}
