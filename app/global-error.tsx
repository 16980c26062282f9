"use client";

import "./globals.css";

// The last resort, when the root layout itself fails: it replaces the whole document, so it
// brings its own <html>. No details on screen; the cause is in the server log.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-slate-50 p-6 text-slate-900">
        <main role="alert" className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-6">
          <h1 className="text-lg font-semibold">Advocacy Desk is not available right now</h1>
          <p className="mt-2 text-sm text-slate-700">Something went wrong on our side. Nothing you saved is lost. Try again in a minute.</p>
          <button type="button" onClick={reset} className="mt-4 rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-slate-500">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
