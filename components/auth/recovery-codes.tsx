/** Shown once, right after they are made: only their hashes are kept. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-heading" className="text-base font-semibold text-slate-900">
        Your recovery codes
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        Each code lets you sign in once without your phone. Store them somewhere safe (a password manager, or on paper kept apart
        from your phone) now: they will not be shown again.
      </p>
      <ul aria-label="Recovery codes" className="mt-3 grid grid-cols-2 gap-2 font-mono text-sm text-slate-900">
        {codes.map((code) => (
          <li key={code} className="rounded border border-amber-200 bg-white px-2 py-1">
            {code}
          </li>
        ))}
      </ul>
    </section>
  );
}
