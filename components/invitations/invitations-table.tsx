"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markSentAction, removeInvitationAction } from "@/app/(app)/events/[id]/invitations/actions";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError, Notice } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { dispatchChannelLabels, dispatchChannels, type DispatchChannel } from "@/lib/appeals/schema";
import { answerLabels, attendanceLabels, type Answer, type Attendance } from "@/lib/invitations/schema";
import { GuestLink, GuestText } from "./guest-row-tools";

export type GuestRow = {
  id: string;
  contactId: string;
  name: string;
  details: string;
  email: string | null;
  /** "E-mail, 5 Jan 2026" */
  sent: string | null;
  messageText: string | null;
  answer: Answer;
  answeredAt: string | null;
  answerNote: string | null;
  attendance: Attendance;
  walkIn: boolean;
  version: number;
};

const answerTones: Record<Answer, Tone> = { pending: "slate", accepted: "green", declined: "red", tentative: "amber" };

type Props = { eventId: string; rows: GuestRow[]; today: string; mayWrite: boolean };

/** The guests with their sending, answer and attendance; select some to mark them sent. */
export function InvitationsTable({ eventId, rows, today, mayWrite }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [on, setOn] = useState(today);
  const [channel, setChannel] = useState<DispatchChannel>("email");
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const selectable = rows.filter((r) => !r.walkIn);
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.id));

  function toggle(id: string, checked: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function run(action: () => Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, string[] | undefined> }>, done: string) {
    setMessage(undefined);
    setError(undefined);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.formError);
      setMessage(done);
      setSelected(new Set());
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {mayWrite && (
        <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3" role="group" aria-label="Mark the selected guests sent">
          <p className="text-sm text-slate-800" aria-live="polite">
            {selected.size} selected
          </p>
          <div>
            <label htmlFor="bulk-on" className="mb-1 block text-xs font-medium text-slate-800">
              Sent on
            </label>
            <Input id="bulk-on" type="date" value={on} max={today} onChange={(e) => setOn(e.target.value)} />
          </div>
          <div>
            <label htmlFor="bulk-channel" className="mb-1 block text-xs font-medium text-slate-800">
              Channel
            </label>
            <Select id="bulk-channel" value={channel} onChange={(e) => setChannel(e.target.value as DispatchChannel)}>
              {dispatchChannels.map((c) => (
                <option key={c} value={c}>
                  {dispatchChannelLabels[c]}
                </option>
              ))}
            </Select>
          </div>
          <Button
            disabled={pending || selected.size === 0}
            onClick={() =>
              run(
                () => markSentAction({ eventId, invitationIds: [...selected], sentOn: on, channel }),
                `Marked sent by ${dispatchChannelLabels[channel].toLowerCase()}: ${selected.size} guest${selected.size === 1 ? "" : "s"}.`,
              )
            }
          >
            {pending ? "Saving…" : "Mark selected sent"}
          </Button>
        </div>
      )}
      <Notice>{message}</Notice>
      <FormError>{error}</FormError>
      <Table caption="Guests">
        <thead>
          <tr>
            {mayWrite && (
              <Th className="w-10">
                <input
                  type="checkbox"
                  className="h-4 w-4 accent-blue-800"
                  aria-label="Select all guests on this page"
                  checked={allSelected}
                  onChange={(e) => setSelected(e.target.checked ? new Set(selectable.map((r) => r.id)) : new Set())}
                />
              </Th>
            )}
            <Th>Guest</Th>
            <Th className="hidden md:table-cell">Sent</Th>
            <Th>Answer</Th>
            <Th className="hidden sm:table-cell">Attendance</Th>
            {mayWrite && (
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              {mayWrite && (
                <Td>
                  {!r.walkIn && (
                    <input
                      type="checkbox"
                      className="h-4 w-4 accent-blue-800"
                      aria-label={`Select ${r.name}`}
                      checked={selected.has(r.id)}
                      onChange={(e) => toggle(r.id, e.target.checked)}
                    />
                  )}
                </Td>
              )}
              <Td>
                <Link href={`/contacts/${r.contactId}`} className="font-medium text-blue-800 hover:underline">
                  {r.name}
                </Link>
                {r.details && <p className="mt-0.5 text-xs text-slate-600">{r.details}</p>}
                {r.email && <p className="mt-0.5 text-xs text-slate-600">{r.email}</p>}
              </Td>
              <Td className="hidden text-xs md:table-cell">{r.walkIn ? "Walk-in" : (r.sent ?? <span className="text-slate-600">Not sent</span>)}</Td>
              <Td>
                <Badge tone={answerTones[r.answer]}>{answerLabels[r.answer]}</Badge>
                {r.answeredAt && <p className="mt-0.5 text-xs text-slate-600">{r.answeredAt}</p>}
                {r.answerNote && <p className="mt-0.5 text-xs italic text-slate-700">“{r.answerNote}”</p>}
              </Td>
              <Td className="hidden text-xs sm:table-cell">{attendanceLabels[r.attendance]}</Td>
              {mayWrite && (
                <Td className="space-y-1 text-sm">
                  {!r.walkIn && (
                    <>
                      <GuestText eventId={eventId} guest={r} />
                      <GuestLink eventId={eventId} guest={r} />
                    </>
                  )}
                  {!r.sent && !r.walkIn && (
                    <ConfirmDialog
                      trigger={
                        <Button size="sm" variant="ghost" disabled={pending} aria-label={`Remove ${r.name}`}>
                          Remove
                        </Button>
                      }
                      title="Withdraw this invitation?"
                      description={`${r.name} will not be invited. The contact stays.`}
                      confirmLabel="Remove"
                      destructive
                      onConfirm={() => run(() => removeInvitationAction({ eventId, invitationId: r.id }), `${r.name} removed.`)}
                    />
                  )}
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
