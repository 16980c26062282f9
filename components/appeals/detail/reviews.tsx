// The appeal's review history: approvals and returns, newest first, with the reviewers' comments.
import { ReviewHistory } from "@/components/appeals/review-history";
import type { ReviewRow } from "@/lib/appeals/queries";
import { formatDateTime } from "@/lib/format";

export function AppealReviews({ reviews, locale }: { reviews: ReviewRow[]; locale: string }) {
  return (
    <section aria-labelledby="reviews-heading" className="mt-10 max-w-4xl space-y-4">
      <h2 id="reviews-heading" className="text-lg font-semibold text-slate-900">
        Reviews
      </h2>
      <ReviewHistory reviews={reviews} dateTime={(d) => formatDateTime(d, locale)} />
    </section>
  );
}
