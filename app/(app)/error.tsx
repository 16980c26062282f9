"use client";

import { buttonVariants } from "@/components/ui/button-variants";

// Shown when a page fails; the cause is in the server log, never on screen.
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-slate-900">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-slate-700">Something went wrong on our side. Nothing you saved is lost.</p>
      {/* A plain <button>: this boundary is part of every page's first load, <Button> would add tailwind-merge to it. */}
      <button type="button" className={buttonVariants({ className: "mt-4" })} onClick={reset}>
        Try again
      </button>
    </div>
  );
}
