import Link from "next/link";
import type { ReactNode } from "react";
import { AppealStatusBadge } from "@/components/appeals/status-badge";
import { CaseStatusBadge, RestrictedBadge } from "@/components/cases/status-badge";
import { EventStatusBadge } from "@/components/events/status-badge";
import { EventWhen } from "@/components/events/event-when";
import { LetterStatusBadge } from "@/components/letters/status-badge";
import { appealTypeLabels } from "@/lib/appeals/schema";
import type { CampaignRecords as Records } from "@/lib/campaigns/overview";
import { countryName } from "@/lib/contacts/countries";
import { letterKindLabels } from "@/lib/letters/schema";

type Props = { campaignId: string; records: Records; locale: string };

const link = "text-blue-800 hover:underline";

/** One kind of record: the latest few, and a link to all of them in their own list. */
function Block({ id, title, total, href, empty, children }: { id: string; title: string; total: number; href: string; empty: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={id} className="font-semibold text-slate-900">
          {title} ({total.toLocaleString("en")})
        </h3>
        {total > 0 && (
          <Link href={href} className={link}>
            All {title.toLowerCase()} of this campaign →
          </Link>
        )}
      </div>
      {total === 0 ? <p className="text-slate-600">{empty}</p> : <ul className="divide-y divide-slate-100">{children}</ul>}
    </section>
  );
}

function Row({ href, title, meta, badge }: { href: string; title: string; meta?: ReactNode; badge: ReactNode }) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 py-2">
      <div className="min-w-0">
        <Link href={href} className={`${link} font-medium`}>
          {title}
        </Link>
        {meta && <div className="text-xs text-slate-600">{meta}</div>}
      </div>
      <div className="flex shrink-0 gap-1">{badge}</div>
    </li>
  );
}

/** The campaign's cases, appeals, letters and events. */
export function CampaignRecords({ campaignId, records, locale }: Props) {
  const q = `campaign=${campaignId}`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Block id="campaign-cases" title="Cases" total={records.cases.total} href={`/cases?${q}`} empty="No cases in this campaign.">
        {records.cases.rows.map((c) => (
          <Row
            key={c.id}
            href={`/cases/${c.id}`}
            title={c.primaryName}
            meta={countryName(c.country)}
            badge={
              <>
                <CaseStatusBadge status={c.status} />
                {c.restricted && <RestrictedBadge />}
              </>
            }
          />
        ))}
      </Block>
      <Block id="campaign-appeals" title="Appeals" total={records.appeals.total} href={`/appeals?${q}`} empty="No appeals in this campaign.">
        {records.appeals.rows.map((a) => (
          <Row key={a.id} href={`/appeals/${a.id}`} title={a.title} meta={appealTypeLabels[a.type]} badge={<AppealStatusBadge status={a.status} />} />
        ))}
      </Block>
      <Block id="campaign-letters" title="Letters" total={records.letters.total} href={`/letters?${q}`} empty="No letters in this campaign.">
        {records.letters.rows.map((l) => (
          <Row
            key={l.id}
            href={`/letters/${l.id}`}
            title={l.title}
            meta={`${letterKindLabels[l.kind]} · ${l.signatures}${l.targetSignatures ? ` of ${l.targetSignatures}` : ""} signatures`}
            badge={<LetterStatusBadge status={l.status} />}
          />
        ))}
      </Block>
      <Block id="campaign-events" title="Events" total={records.events.total} href={`/events?${q}&when=all`} empty="No events in this campaign.">
        {records.events.rows.map((e) => (
          <Row key={e.id} href={`/events/${e.id}`} title={e.title} meta={<EventWhen event={e} locale={locale} />} badge={<EventStatusBadge status={e.status} />} />
        ))}
      </Block>
    </div>
  );
}
