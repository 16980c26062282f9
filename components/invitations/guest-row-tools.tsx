"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PlainButton as Button, PlainInput as Input, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";

type Guest = { id: string; name: string; messageText: string | null; version: number };
export type GuestLinkActions = { guestLink: ServerAction<{ url: string }>; resetLink: ServerAction<{ url: string }> };
export type GuestTextActions = { updateMessage: ServerAction };

/** Shows the guest's RSVP link (recomputed on request), copies it, or resets it. */
export function GuestLink({ eventId, guest, actions }: { eventId: string; guest: Guest; actions: GuestLinkActions }) {
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  const ref = { eventId, invitationId: guest.id };

  function load(action: ServerAction<{ url: string }>) {
    setError(undefined);
    setCopied(false);
    startTransition(async () => {
      const result = await action(ref);
      if (!result.ok) return setError(result.formError);
      setUrl(result.data.url);
    });
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setError("Copying is not allowed here: select the link and copy it.");
    }
  }

  return (
    <details className="text-left" onToggle={(e) => (e.currentTarget.open && !url ? load(actions.guestLink) : undefined)}>
      <summary className="cursor-pointer text-sm text-blue-800 hover:underline">
        RSVP link<span className="sr-only"> of {guest.name}</span>
      </summary>
      <div className="mt-2 w-72 space-y-2 whitespace-normal rounded-md border border-slate-200 bg-white p-3">
        <label htmlFor={`link-${guest.id}`} className="block text-xs font-medium text-slate-800">
          Private link of {guest.name}
        </label>
        <Input id={`link-${guest.id}`} readOnly value={url ?? (pending ? "Loading…" : "")} onFocus={(e) => e.currentTarget.select()} className="font-mono" />
        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm" variant="secondary" disabled={!url} onClick={copy}>
            Copy<span className="sr-only"> the link of {guest.name}</span>
          </Button>
          <ConfirmDialog
            trigger={
              <Button size="sm" variant="ghost" disabled={pending}>
                Reset link<span className="sr-only"> of {guest.name}</span>
              </Button>
            }
            title="Give this guest a new link?"
            description={`The link ${guest.name} already has stops working at once. Send them the new one.`}
            confirmLabel="Reset link"
            onConfirm={() => load(actions.resetLink)}
          />
          {copied && (
            <span role="status" className="text-xs text-green-800">
              Copied.
            </span>
          )}
        </div>
        <FormError>{error}</FormError>
      </div>
    </details>
  );
}

/** One guest's text, editable by hand; `{{rsvp_link}}` stays a placeholder until it is shown or sent. */
export function GuestText({ eventId, guest, actions }: { eventId: string; guest: Guest; actions: GuestTextActions }) {
  const router = useRouter();
  const [text, setText] = useState(guest.messageText ?? "");
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  function save() {
    setError(undefined);
    setSaved(false);
    startTransition(async () => {
      const result = await actions.updateMessage({ eventId, invitationId: guest.id, version: guest.version, values: { messageText: text } });
      if (!result.ok) return setError(result.fieldErrors?.messageText?.[0] ?? result.formError);
      setSaved(true);
      router.refresh();
    });
  }
  return (
    <details className="text-left">
      <summary className="cursor-pointer text-sm text-blue-800 hover:underline">
        {guest.messageText ? "Text" : "Write text"}
        <span className="sr-only"> for {guest.name}</span>
      </summary>
      <div className="mt-2 w-80 max-w-[80vw] space-y-2 whitespace-normal rounded-md border border-slate-200 bg-white p-3">
        <label htmlFor={`text-${guest.id}`} className="block text-xs font-medium text-slate-800">
          Invitation text for {guest.name}
        </label>
        <Textarea id={`text-${guest.id}`} rows={8} value={text} onChange={(e) => setText(e.target.value)} />
        <p className="text-xs text-slate-600">{"{{rsvp_link}}"} becomes the guest&apos;s private link when sent.</p>
        <Button size="sm" disabled={pending} onClick={save}>
          {pending ? "Saving…" : "Save text"}
          <span className="sr-only"> for {guest.name}</span>
        </Button>
        {saved && (
          <span role="status" className="ml-2 text-xs text-green-800">
            Saved.
          </span>
        )}
        <FormError>{error}</FormError>
      </div>
    </details>
  );
}
