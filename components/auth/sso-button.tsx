// Single sign-on on the sign-in page. Server components: whether single sign-on is configured is
// read from the server's environment, and nothing renders when it is not.
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { oidcSettings, ssoMessage } from "@/lib/auth/oidc";

/** Why the last single sign-on was refused or failed, from the sign-in page's query. */
export function SsoNotice({ sso, error }: { sso?: string; error?: string }) {
  const settings = oidcSettings();
  if (!settings) return null;
  const message = ssoMessage({ sso, error }, settings);
  return message ? (
    <div className="mb-4">
      <FormError>{message}</FormError>
    </div>
  ) : null;
}

export function SsoButton({ callbackUrl, action }: { callbackUrl?: string; action: (form: FormData) => Promise<void> }) {
  const settings = oidcSettings();
  if (!settings) return null;
  return (
    <form action={action} className="mt-6">
      <div className="mb-4 flex items-center gap-3 text-xs uppercase tracking-wide text-slate-600" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        or
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Button type="submit" variant="secondary" className="w-full">
        Sign in with {settings.name}
      </Button>
    </form>
  );
}
