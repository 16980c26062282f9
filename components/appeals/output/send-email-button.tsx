"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError, Notice } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import type { EmailPlan, SendResult } from "@/lib/appeals/smtp";

const recipients = (n: number) => `${n} recipient${n === 1 ? "" : "s"}`;

function Outcome({ result }: { result: SendResult }) {
  const { alreadySent, noEmail } = result.skipped;
  return (
    <div className="space-y-2">
      <Notice>
        Sent by e-mail to {recipients(result.sent)}.
        {alreadySent > 0 && ` ${alreadySent} already had it.`}
        {noEmail > 0 && ` ${noEmail} without an e-mail address: print or download their letters.`}
      </Notice>
      {result.failed.length > 0 && (
        <FormError>
          Not sent to {recipients(result.failed.length)} (recorded; sending again retries them):
          <ul className="mt-1 list-disc pl-5">
            {result.failed.map((f, i) => (
              <li key={i}>
                <span className="font-medium">{f.name}</span>: {f.error}
              </li>
            ))}
          </ul>
        </FormError>
      )}
    </div>
  );
}

/**
 * "Send by e-mail" for an approved appeal. Asks the server first how many recipients it would
 * reach; shows nothing to roles that may not send (the action refuses them anyway) and a hint when
 * the server has no SMTP_URL.
 */
export function SendByEmailButton({ appealId, actions }: { appealId: string; actions: { plan: ServerAction<EmailPlan>; send: ServerAction<SendResult> } }) {
  const { plan: planAction, send } = actions;
  const router = useRouter();
  const [plan, setPlan] = useState<EmailPlan>();
  const [result, setResult] = useState<SendResult>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    planAction({ appealId }).then((answer) => {
      if (live && answer.ok) setPlan(answer.data);
    });
    return () => {
      live = false;
    };
  }, [appealId, result, planAction]);

  if (!plan?.sendable) return null;
  if (!plan.configured) return <p className="text-sm text-slate-600">Sending by e-mail is not set up on this server (SMTP_URL).</p>;
  return (
    <div className="space-y-2">
      {plan.pending > 0 ? (
        <ConfirmDialog
          trigger={
            <Button variant="secondary" disabled={pending}>
              {pending ? "Sending…" : "Send by e-mail"}
            </Button>
          }
          title={`Send this appeal by e-mail to ${recipients(plan.pending)}?`}
          description={`Each recipient gets their personalized letter from the app's mail server.${plan.alreadySent ? ` ${recipients(plan.alreadySent)} who already had it by e-mail will not get it again.` : ""}${plan.noEmail ? ` ${recipients(plan.noEmail)} without an e-mail address are left out.` : ""}`}
          confirmLabel="Send"
          onConfirm={() =>
            startTransition(async () => {
              setError(undefined);
              const answer = await send({ appealId });
              if (!answer.ok) return setError(answer.formError);
              setResult(answer.data);
              router.refresh();
            })
          }
        />
      ) : (
        !result && <p className="text-sm text-slate-600">Every recipient with an e-mail address has had it by e-mail.</p>
      )}
      <FormError>{error}</FormError>
      {result && <Outcome result={result} />}
    </div>
  );
}
