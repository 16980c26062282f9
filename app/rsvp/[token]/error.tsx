"use client";

import { Button } from "@/components/ui/button";

// A guest's page that fails says so plainly and reveals nothing about the invitation or the app.
export default function RsvpError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg p-6">
      <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
        <h1 className="text-lg font-semibold text-slate-900">This page could not be loaded</h1>
        <p className="mt-2 text-sm text-slate-700">Please try again in a moment. If it keeps failing, reply to the invitation by e-mail.</p>
        <Button className="mt-4" onClick={reset}>
          Try again
        </Button>
      </div>
    </main>
  );
}
