"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input } from "@/components/ui/plain-controls";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import type { CodeInput } from "@/lib/auth/two-factor-schema";
import { RecoveryCodes } from "./recovery-codes";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/auth/two-factor-schema").then((m) => m.codeSchema));

type Props = {
  qrDataUrl: string;
  secret: string;
  confirm: (input: CodeInput) => Promise<ActionResult<{ recoveryCodes: string[] }>>;
  continueHref: string;
};

/** Scan (or type) the secret, prove it with a first code, then see the recovery codes once. */
export function TwoFactorEnrol({ qrDataUrl, secret, confirm, continueHref }: Props) {
  const [codes, setCodes] = useState<string[]>();
  const { register, handleSubmit, setError, formState } = useForm<CodeInput>({ resolver, defaultValues: { code: "" } });
  const { failure, clear, accept } = useActionFailure(setError);

  async function onSubmit(values: CodeInput) {
    clear();
    const result = await confirm(values);
    if (accept(result)) setCodes(result.data.recoveryCodes);
  }

  if (codes) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
          Two-factor sign-in is set up. From now on you will enter a code from your app after your password.
        </p>
        <RecoveryCodes codes={codes} />
        {/* A full navigation: the session now counts as signed in and every layout must re-read it. */}
        <a href={continueHref} className="inline-flex h-10 items-center rounded-md bg-blue-800 px-4 text-sm font-medium text-white hover:bg-blue-900">
          I have stored my recovery codes — continue
        </a>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-800">
        <li>Install an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).</li>
        <li>In the app, add an account and scan this QR code.</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL made on the server, nothing to optimise */}
      <img src={qrDataUrl} alt="QR code to add Advocacy Desk to your authenticator app" width={200} height={200} className="rounded border border-slate-200" />
      <p className="text-sm text-slate-800">
        Cannot scan? Enter this key in the app instead (time-based, 6 digits):{" "}
        <code id="totp-secret" className="break-all rounded bg-slate-100 px-1 font-mono text-slate-900">
          {secret.match(/.{1,4}/g)?.join(" ")}
        </code>
      </p>
      <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
        <ActionFailure failure={failure} />
        <Field id="code" label="Code from the app" error={formState.errors.code?.message} hint="The 6 digits the app shows now.">
          <Input autoComplete="one-time-code" inputMode="numeric" spellCheck={false} {...register("code")} />
        </Field>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Checking…" : "Confirm and turn on"}
        </Button>
      </form>
    </div>
  );
}
