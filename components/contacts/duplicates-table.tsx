import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { DuplicatePair, DuplicateSide } from "@/lib/contacts/duplicates";
import { parliamentaryBodyLabels, type ParliamentaryBody } from "@/lib/contacts/schema";
import { titleWithOrganization } from "@/lib/contacts/title-line";
import { EmailAddresses } from "./email-addresses";

function Side({ contact }: { contact: DuplicateSide }) {
  const body = contact.parliamentaryBody ? parliamentaryBodyLabels[contact.parliamentaryBody as ParliamentaryBody] : null;
  return (
    <>
      <Link href={`/contacts/${contact.id}`} className="font-medium text-blue-800 hover:underline">
        {contact.fullName}
      </Link>
      {contact.nameNative && contact.nameNative !== contact.fullName && <span className="ml-1 text-slate-600">({contact.nameNative})</span>}
      {(contact.title || contact.organization || body) && (
        <p className="mt-0.5 text-xs text-slate-600">{[titleWithOrganization(contact.title, contact.organization), body].filter(Boolean).join(", ")}</p>
      )}
      {contact.emails.length > 0 && <EmailAddresses emails={contact.emails} className="mt-0.5 text-xs text-slate-700" />}
      {contact.phones.length > 0 && <p className="mt-0.5 text-xs text-slate-700">{contact.phones.join(", ")}</p>}
    </>
  );
}

/** The signals at a glance: a shared e-mail or phone, and how alike the names are as trigrams. */
function badges(pair: DuplicatePair): string[] {
  const out: string[] = [];
  if (pair.sameEmail) out.push("same e-mail");
  if (pair.samePhone) out.push("same phone");
  if (pair.nameScore !== null) out.push(`similar names ${pair.nameScore.toFixed(2)}`);
  return out;
}

/** Why the pair is listed, in words (lib/contacts/duplicate-rule.ts): names, what backs them, what speaks against. */
function Reasons({ pair }: { pair: DuplicatePair }) {
  const words = pair.reasons.filter((r) => r.kind !== "email" && r.kind !== "phone");
  return (
    <>
      {pair.confidence === "shared" && (
        <p className="mt-1 text-xs font-medium text-amber-900">Not a probable duplicate: only the e-mail or phone is shared.</p>
      )}
      {words.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-xs">
          {words.map((r) => (
            <li key={r.text} className={r.kind === "caution" ? "text-amber-900" : "text-slate-700"}>
              {r.kind === "caution" ? "But: " : ""}
              {r.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function DuplicatesTable({ rows }: { rows: DuplicatePair[] }) {
  return (
    <Table caption="Probable duplicate pairs">
      <thead>
        <tr>
          <Th>First contact</Th>
          <Th>Second contact</Th>
          <Th>Why</Th>
          <Th>
            <span className="sr-only">Action</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((pair) => (
          <tr key={`${pair.a.id}:${pair.b.id}`}>
            <Td>
              <Side contact={pair.a} />
            </Td>
            <Td>
              <Side contact={pair.b} />
            </Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                {badges(pair).map((r) => (
                  <Badge key={r} tone={r.startsWith("similar") ? "amber" : "blue"}>
                    {r}
                  </Badge>
                ))}
              </div>
              <Reasons pair={pair} />
            </Td>
            <Td className="whitespace-nowrap">
              <Link
                href={`/contacts/merge?a=${pair.a.id}&b=${pair.b.id}`}
                className="font-medium text-blue-800 hover:underline"
                aria-label={`Compare and merge ${pair.a.fullName} and ${pair.b.fullName}`}
              >
                Compare and merge
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
