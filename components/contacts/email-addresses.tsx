import { cn } from "@/lib/utils";

/**
 * E-mail addresses in a table or card: a line breaks between two addresses, never inside one
 * (an address cut at "@" reads as two). One too long for the column is cut with "…" and shown
 * whole on hover and to screen readers.
 */
export function EmailAddresses({ emails, className }: { emails: readonly string[]; className?: string }) {
  if (emails.length === 0) return <>—</>;
  return (
    <span className={cn("flex flex-wrap gap-x-1", className)}>
      {emails.map((email, i) => (
        <span key={email} className="min-w-0 max-w-64 truncate" title={email}>
          {email}
          {i < emails.length - 1 && ","}
        </span>
      ))}
    </span>
  );
}
