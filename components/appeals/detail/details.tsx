// The appeal's details: cases, campaign, language, owner and the dates it was submitted, approved, first sent and closed.
import Link from "next/link";
import type { AppealDetail } from "@/lib/appeals/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { CaseLinks } from "@/components/cases/case-links";

export function AppealDetails({ appeal, locale }: { appeal: AppealDetail; locale: string }) {
  return (
    <section aria-labelledby="details-heading" className="space-y-2">
      <h2 id="details-heading" className="text-lg font-semibold text-slate-900">
        Details
      </h2>
      <dl className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <div>
          <dt className="text-slate-600">Cases</dt>
          <dd>
            <CaseLinks cases={appeal.cases} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Campaign</dt>
          <dd>
            {appeal.campaignId && appeal.campaignName ? (
              <Link href={`/campaigns/${appeal.campaignId}`} className="text-blue-800 hover:underline">
                {appeal.campaignName}
              </Link>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Language</dt>
          <dd>{appeal.language}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Owner</dt>
          <dd>{appeal.ownerName ?? "—"}</dd>
        </div>
        {appeal.submittedAt && (
          <div>
            <dt className="text-slate-600">Submitted</dt>
            <dd>{formatDateTime(appeal.submittedAt, locale)}</dd>
          </div>
        )}
        {appeal.approvedAt && (
          <div>
            <dt className="text-slate-600">Approved</dt>
            <dd>
              {formatDateTime(appeal.approvedAt, locale)}
              {appeal.approvedByName && ` by ${appeal.approvedByName}`}
            </dd>
          </div>
        )}
        {appeal.sentAt && (
          <div>
            <dt className="text-slate-600">First sent</dt>
            <dd>{formatDate(appeal.sentAt, locale)}</dd>
          </div>
        )}
        {appeal.closedAt && (
          <div>
            <dt className="text-slate-600">Closed</dt>
            <dd>{formatDate(appeal.closedAt, locale)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
