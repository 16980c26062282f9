"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { InvitationEmailPlan, InvitationSendResult } from "@/lib/invitations/smtp";

const guests = (n: number) => `${n} guest${n === 1 ? "" : "s"}`;

/** "Generate texts": each guest's text from the template; sent ones only when asked. */
export function GenerateTexts({ eventId, action }: { eventId: string; action: ServerAction<{ generated: number }> }) {
  const router = useRouter();
  const [force, setForce] = useState(false);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  function generate() {
    setMessage(undefined);
    setError(undefined);
    startTransition(async () => {
      const result = await action({ eventId, force });
      if (!result.ok) return setError(result.formError);
      setMessage(`Texts written for ${guests(result.data.generated)}.`);
      router.refresh();
    });
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" disabled={pending} onClick={generate}>
          {pending ? "Generating…" : "Generate texts"}
        </Button>
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-4 w-4 accent-blue-800" checked={force} onChange={(e) => setForce(e.target.checked)} />
          Also for guests already sent to
        </label>
      </div>
      <Notice>{message}</Notice>
      <FormError>{error}</FormError>
    </div>
  );
}

/** "Send by e-mail" to every guest not sent to yet who has an address; a hint when SMTP is not set up. */
export function SendInvitationsByEmail({ eventId, actions }: { eventId: string; actions: { plan: ServerAction<InvitationEmailPlan>; send: ServerAction<InvitationSendResult> } }) {
  const { plan: planAction, send } = actions;
  const router = useRouter();
  const [plan, setPlan] = useState<InvitationEmailPlan>();
  const [result, setResult] = useState<InvitationSendResult>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    planAction({ eventId }).then((answer) => {
      if (live && answer.ok) setPlan(answer.data);
    });
    return () => {
      live = false;
    };
  }, [eventId, result, planAction]);

  if (!plan) return null;
  if (!plan.configured) return <p className="text-sm text-slate-600">Sending by e-mail is not set up on this server (SMTP_URL): mark invitations sent by hand.</p>;
  return (
    <div className="space-y-2">
      {plan.pending > 0 ? (
        <ConfirmDialog
          trigger={
            <Button variant="secondary" disabled={pending}>
              {pending ? "Sending…" : "Send by e-mail"}
            </Button>
          }
          title={`Send the invitation by e-mail to ${guests(plan.pending)}?`}
          description={`Each guest gets their own text and private link.${plan.noEmail ? ` ${guests(plan.noEmail)} without an e-mail address are left out.` : ""}`}
          confirmLabel="Send"
          onConfirm={() =>
            startTransition(async () => {
              setError(undefined);
              const answer = await send({ eventId });
              if (!answer.ok) return setError(answer.formError);
              setResult(answer.data);
              router.refresh();
            })
          }
        />
      ) : (
        !result && <p className="text-sm text-slate-600">Every guest with an e-mail address has been sent the invitation.</p>
      )}
      <FormError>{error}</FormError>
      {result && (
        <>
          <Notice>
            Sent by e-mail to {guests(result.sent)}.{result.skipped.noEmail > 0 && ` ${guests(result.skipped.noEmail)} without an e-mail address.`}
          </Notice>
          {result.failed.length > 0 && (
            <FormError>
              Not sent to {guests(result.failed.length)} (sending again retries them):
              <ul className="mt-1 list-disc pl-5">
                {result.failed.map((f, i) => (
                  <li key={i}>
                    <span className="font-medium">{f.name}</span>: {f.error}
                  </li>
                ))}
              </ul>
            </FormError>
          )}
        </>
      )}
    </div>
  );
}
