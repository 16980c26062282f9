import Link from "next/link";
import { parliamentaryBodyLabels } from "@/lib/contacts/schema";
import type { LetterDetail } from "@/lib/letters/queries";

/** The letter's facts beside its text. Cases are only those the reader may see (getLetter). */
export function LetterDetails({ letter, date }: { letter: LetterDetail; date: (d: string | null) => string }) {
  return (
    <aside aria-label="Details" className="h-fit rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <dl className="space-y-3">
        <div>
          <dt className="text-slate-600">Addressee</dt>
          <dd>{letter.addressee || "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Body</dt>
          <dd>{letter.parliamentaryBody ? parliamentaryBodyLabels[letter.parliamentaryBody] : "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Language</dt>
          <dd>{letter.language}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Target</dt>
          <dd>{letter.targetSignatures ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Deadline</dt>
          <dd>{date(letter.deadline)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Campaign</dt>
          <dd>
            {letter.campaignId && letter.campaignName ? (
              <Link href={`/campaigns/${letter.campaignId}`} className="text-blue-800 hover:underline">
                {letter.campaignName}
              </Link>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Cases</dt>
          <dd>
            {letter.cases.length ? (
              <ul>
                {letter.cases.map((c) => (
                  <li key={c.id}>
                    <Link href={`/cases/${c.id}`} className="text-blue-800 hover:underline">
                      {c.primaryName}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Owner</dt>
          <dd>{letter.ownerName ?? "—"}</dd>
        </div>
      </dl>
    </aside>
  );
}
