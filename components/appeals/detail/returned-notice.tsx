// The banner on a draft a reviewer returned: who returned it, when, and their comment.
import type { ReviewRow } from "@/lib/appeals/queries";
import { formatDateTime } from "@/lib/format";

type Props = { review: ReviewRow; locale: string; isOwner: boolean };

export function ReturnedNotice({ review, locale, isOwner }: Props) {
  return (
    <section aria-labelledby="returned-heading" className="mb-6 rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
      <h2 id="returned-heading" className="font-semibold text-amber-950">
        Returned for changes by {review.reviewerName ?? "a reviewer"} on {formatDateTime(review.createdAt, locale)}
      </h2>
      <p className="mt-1 whitespace-pre-wrap text-sm text-amber-950" data-testid="returned-comment">
        {review.comment}
      </p>
      {isOwner && <p className="mt-2 text-sm text-amber-950">Edit the appeal, then submit it for review again.</p>}
    </section>
  );
}
