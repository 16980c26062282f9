// For the reviewer of an appeal in review: every recipient's letter as it will be printed and sent
// (the print view's sheet), one collapsed letter per recipient and a page at a time, with the
// recipients the chosen dispatch method cannot reach flagged and named at the top.
import Link from "next/link";
import { LetterSheet } from "@/components/appeals/output/letter-sheet";
import { Badge } from "@/components/ui/badge";
import type { ReviewLetters } from "@/lib/appeals/review-letters";
import { reviewMethodLabels, reviewMethods, reviewMissingLabels } from "@/lib/appeals/schema";
import { hrefWith, type SearchParams } from "@/lib/url";

type Props = { appealId: string; review: ReviewLetters; params: SearchParams };

const pill = "rounded-md border px-3 py-1.5 text-sm";
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export function ReviewLetters({ appealId, review, params }: Props) {
  const path = `/appeals/${appealId}`;
  // The section's own links keep the page where it is: anchored, and the letters' page reset on a method change.
  const href = (overrides: Record<string, string | number | null>) => `${hrefWith(path, params, overrides)}#letters-heading`;
  const { flagged, via } = review;
  const pages = Math.max(1, Math.ceil(review.total / review.pageSize));
  const first = review.total === 0 ? 0 : (review.page - 1) * review.pageSize + 1;
  const last = Math.min(review.total, review.page * review.pageSize);
  const missing = reviewMissingLabels[via].replace(/^No /, "no ");

  return (
    <section aria-labelledby="letters-heading" className="mt-10 space-y-4" data-testid="review-letters">
      <div>
        <h2 id="letters-heading" className="text-lg font-semibold text-slate-900">
          Letters to approve ({review.total.toLocaleString("en")})
        </h2>
        <p className="text-sm text-slate-600">Each recipient&apos;s letter as it will be printed, downloaded and e-mailed, dated today.</p>
      </div>

      <nav aria-label="Dispatch method to check" className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-700">Check for sending</span>
        {reviewMethods.map((m) => (
          <Link
            key={m}
            href={href({ via: m, letters: null })}
            aria-current={m === via ? "true" : undefined}
            className={m === via ? `${pill} border-blue-700 bg-blue-50 font-medium text-blue-900` : `${pill} border-slate-300 bg-white text-blue-800 hover:bg-slate-50`}
          >
            {reviewMethodLabels[m]}
          </Link>
        ))}
      </nav>

      {flagged.total > 0 ? (
        <div role="note" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950" data-testid="review-flags">
          <p className="font-medium">
            {plural(flagged.total, "recipient has", "recipients have")} {missing}: {flagged.names.join(", ")}
            {flagged.total > flagged.names.length && ` and ${(flagged.total - flagged.names.length).toLocaleString("en")} more`}.
          </p>
          <p className="mt-1">Their letters come first below.</p>
        </div>
      ) : (
        <p className="text-sm text-green-900" data-testid="review-flags">
          Every recipient has {via === "email" ? "an e-mail address" : "a postal address"}.
        </p>
      )}

      {review.letters.length === 0 ? (
        <p className="text-sm text-slate-600">No recipients yet.</p>
      ) : (
        <ol className="space-y-2">
          {review.letters.map(({ letter, missing: lacks }) => (
            <li key={letter.recipient.id} className="rounded-lg border border-slate-200 bg-slate-50">
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-4 py-2 text-sm">
                  <span className="font-medium text-slate-900">Letter to {letter.recipient.name}</span>
                  {letter.recipient.organization && <span className="text-slate-600">{letter.recipient.organization}</span>}
                  {lacks && <Badge tone="amber">{reviewMissingLabels[via]}</Badge>}
                </summary>
                <div className="px-2 pb-4 sm:px-4">
                  <LetterSheet letter={letter} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}

      {pages > 1 && (
        <nav aria-label="Letters pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
          <p>
            Letters {first}–{last} of {review.total.toLocaleString("en")}
          </p>
          <div className="flex items-center gap-2">
            {review.page > 1 && (
              <Link className={`${pill} border-slate-300 bg-white hover:bg-slate-50`} href={href({ letters: review.page - 1 })} rel="prev">
                Previous letters
              </Link>
            )}
            <span aria-current="page">
              Page {review.page} of {pages}
            </span>
            {review.page < pages && (
              <Link className={`${pill} border-slate-300 bg-white hover:bg-slate-50`} href={href({ letters: review.page + 1 })} rel="next">
                Next letters
              </Link>
            )}
          </div>
        </nav>
      )}
    </section>
  );
}
