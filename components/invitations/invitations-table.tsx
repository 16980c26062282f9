"use client";

import Link from "next/link";
import { useState } from "react";
import { useAct } from "@/components/ui/act-button";
import { Badge, type Tone } from "@/components/ui/badge";
import { PlainButton as Button, PlainCheckbox as Checkbox, PlainInput as Input, PlainSelect as Select } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError, Notice } from "@/components/ui/field";
import { SelectionBar, Table, Td, Th } from "@/components/ui/table";
import { useRowSelection } from "@/components/ui/use-row-selection";
import type { ServerAction } from "@/lib/action";
import { dispatchChannelLabels, dispatchChannels } from "@/lib/appeals/labels";
import type { DispatchChannel } from "@/lib/appeals/schema";
import { answerLabels, attendanceLabels } from "@/lib/invitations/labels";
import type { Answer, Attendance } from "@/lib/invitations/schema";
import { GuestLink, GuestText, type GuestLinkActions, type GuestTextActions } from "./guest-row-tools";
import { EnumOptions } from "@/components/ui/enum-options";

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

type Props = {
  eventId: string;
  rows: GuestRow[];
  today: string;
  mayWrite: boolean;
  actions: { markSent: ServerAction; remove: ServerAction } & GuestTextActions & GuestLinkActions;
};

/** The guests with their sending, answer and attendance; select some to mark them sent. */
export function InvitationsTable({ eventId, rows, today, mayWrite, actions }: Props) {
  const selection = useRowSelection(rows.filter((r) => !r.walkIn).map((r) => r.id));
  const [on, setOn] = useState(today);
  const [channel, setChannel] = useState<DispatchChannel>("email");
  const act = useAct();
  const { pending } = act;
  const run = (action: () => ReturnType<ServerAction>, done: string) => act.run(action, { notice: done, onSuccess: selection.clear });

  return (
    <div className="space-y-3">
      {mayWrite && (
        <SelectionBar label="Mark the selected guests sent" count={selection.size}>
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
              <EnumOptions values={dispatchChannels} labels={dispatchChannelLabels} />
            </Select>
          </div>
          <Button
            disabled={pending || selection.size === 0}
            onClick={() =>
              run(
                () => actions.markSent({ eventId, invitationIds: selection.ids, sentOn: on, channel }),
                `Marked sent by ${dispatchChannelLabels[channel].toLowerCase()}: ${selection.size} guest${selection.size === 1 ? "" : "s"}.`,
              )
            }
          >
            {pending ? "Saving…" : "Mark selected sent"}
          </Button>
        </SelectionBar>
      )}
      <Notice>{act.notice}</Notice>
      <FormError>{act.error}</FormError>
      <Table caption="Guests">
        <thead>
          <tr>
            {mayWrite && (
              <Th className="w-10">
                <Checkbox aria-label="Select all guests on this page" {...selection.all} />
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
                    <Checkbox aria-label={`Select ${r.name}`} {...selection.row(r.id)} />
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
                      {/* Keyed by version: texts generated or edited meanwhile replace what the box holds. */}
                      <GuestText key={`${r.id}:${r.version}`} eventId={eventId} guest={r} actions={actions} />
                      <GuestLink eventId={eventId} guest={r} actions={actions} />
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
                      onConfirm={() => run(() => actions.remove({ eventId, invitationId: r.id }), `${r.name} removed.`)}
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
