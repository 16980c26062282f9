import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "./button-variants";

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      {children && <div className="mt-2 text-sm text-slate-600">{children}</div>}
    </div>
  );
}

/** The "New …" button in a list page's header (a link styled as <Button>, without class merging:
 * client components import this module for <EmptyState>). */
export function NewButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className={buttonVariants()}>
      {children}
    </Link>
  );
}

type ListEmptyStateProps = {
  /** Whether any filter differs from its default. */
  filtered: boolean;
  /** The list's path: clearing the filters links back to it. */
  path: string;
  /** "appeal" and "appeals". */
  noun: string;
  plural: string;
  /** What to say when nothing exists yet (e.g. how to create the first one). */
  hint?: ReactNode;
};

/** The empty state of a filtered list: a way out of the filters, or a hint when nothing exists yet. */
export function ListEmptyState({ filtered, path, noun, plural, hint }: ListEmptyStateProps) {
  return (
    <EmptyState title={filtered ? `No ${noun} matches these filters.` : `No ${plural} yet.`}>
      {filtered ? (
        <Link className="text-blue-800 underline" href={path}>
          Clear the filters
        </Link>
      ) : (
        hint
      )}
    </EmptyState>
  );
}
