import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** The centred card of the sign-in pages, which live outside the app's layout. */
export function AuthCard({ title, description, wide, children }: { title: string; description?: string; wide?: boolean; children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-8">
      <div className={cn("w-full rounded-xl border border-slate-200 bg-white p-8 shadow-sm", wide ? "max-w-xl" : "max-w-sm")}>
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        {description && <p className="mb-6 mt-1 text-sm text-slate-600">{description}</p>}
        {children}
      </div>
    </main>
  );
}
