import Link from "next/link";
import type { ReactNode } from "react";

type Channel = { value: string; primary: boolean };
type Props = {
  heading: string;
  contact: { id: string; fullName: string; emails: Channel[]; phones: Channel[]; committees: string[]; tags: string[] };
  counts: Record<"lists" | "activities" | "appeals" | "letters" | "invitations" | "events" | "incoming", number>;
  lists: Array<{ id: string; name: string }>;
  created: string;
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-3">
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words sm:col-span-2">{children}</dd>
    </div>
  );
}

const channels = (items: Channel[]) => (items.length ? items.map((c) => c.value + (c.primary ? " (primary)" : "")).join(", ") : "—");

/** One record of the pair: what will be kept from it whichever record survives. */
export function MergeSide({ heading, contact, counts, lists, created }: Props) {
  const history = [
    [counts.activities, "activities"],
    [counts.appeals, "appeals"],
    [counts.letters, "letters"],
    [counts.invitations, "invitations"],
    [counts.events, "event roles"],
    [counts.incoming, "incoming appeals"],
  ].filter(([n]) => Number(n) > 0);
  return (
    <section aria-label={`${heading}: ${contact.fullName}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold text-slate-900">
        {heading}:{" "}
        <Link href={`/contacts/${contact.id}`} className="text-blue-800 hover:underline">
          {contact.fullName}
        </Link>
      </h2>
      <dl className="mt-3 space-y-2 text-sm text-slate-800">
        <Row label="Created">{created}</Row>
        <Row label="E-mails">{channels(contact.emails)}</Row>
        <Row label="Phones">{channels(contact.phones)}</Row>
        <Row label="Committees">{contact.committees.join(", ") || "—"}</Row>
        <Row label="Tags">{contact.tags.join(", ") || "—"}</Row>
        <Row label="Lists">{lists.map((l) => l.name).join(", ") || "—"}</Row>
        <Row label="History">{history.length ? history.map(([n, what]) => `${n} ${what}`).join(", ") : "—"}</Row>
      </dl>
    </section>
  );
}
