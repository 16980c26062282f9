import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { countryName } from "@/lib/contacts/countries";
import { telHref } from "@/lib/contacts/phones";
import { contactKindLabels, institutionTypeLabels, parliamentaryBodyLabels, type InstitutionType, type ParliamentaryBody } from "@/lib/contacts/schema";
import { isSafeHttpUrl } from "@/lib/url";

type Channel = { value: string; label: string | null; primary: boolean; e164?: string | null };
export type ProfileContact = {
  kind: "person" | "organization";
  honorific: string | null;
  fullName: string;
  nameNative: string | null;
  title: string | null;
  department: string | null;
  organizationId: string | null;
  organizationName: string | null;
  institutionType: InstitutionType | null;
  country: string | null;
  postalAddress: string | null;
  webFormUrl: string | null;
  salutation: string | null;
  language: string | null;
  parliamentaryBody: ParliamentaryBody | null;
  delegation: string | null;
  politicalGroup: string | null;
  committees: string[];
  tags: string[];
  notes: string;
  doNotContact: boolean;
  doNotContactReason: string | null;
  source: string | null;
  emails: Channel[];
  phones: Channel[];
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-3">
      <dt className="text-slate-600">{label}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

function ChannelList({ items, href }: { items: Channel[]; href: (c: Channel) => string }) {
  if (items.length === 0) return <>—</>;
  return (
    <ul className="space-y-1">
      {items.map((c) => (
        <li key={c.value}>
          <a href={href(c)} className="break-all text-blue-800 hover:underline">
            {c.value}
          </a>
          {c.label && <span className="text-slate-600"> ({c.label})</span>}
          {c.primary && items.length > 1 && <span className="ml-1 text-xs text-slate-600">primary</span>}
        </li>
      ))}
    </ul>
  );
}

export function ContactProfile({ contact: c }: { contact: ProfileContact }) {
  const dash = (v: string | null | undefined) => v || "—";
  return (
    <dl className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {c.doNotContact && (
        <Row label="Do not contact">
          <Badge tone="red">Do not contact</Badge> {c.doNotContactReason}
        </Row>
      )}
      <Row label="Kind">{contactKindLabels[c.kind]}</Row>
      {c.honorific && <Row label="Honorific">{c.honorific}</Row>}
      <Row label="Name in own script">{dash(c.nameNative)}</Row>
      <Row label="Title">{dash(c.title)}</Row>
      <Row label="Organization">
        {c.organizationId ? (
          <Link href={`/organizations/${c.organizationId}`} className="text-blue-800 hover:underline">
            {c.organizationName}
          </Link>
        ) : (
          "—"
        )}
        {c.department && <span className="text-slate-600"> · {c.department}</span>}
      </Row>
      <Row label="Institution type">{c.institutionType ? institutionTypeLabels[c.institutionType] : "—"}</Row>
      <Row label="Country">{countryName(c.country)}</Row>
      <Row label="E-mail">
        <ChannelList items={c.emails} href={(e) => `mailto:${e.value}`} />
      </Row>
      <Row label="Phone">
        <ChannelList items={c.phones} href={(p) => telHref(p.value, p.e164)} />
      </Row>
      <Row label="Postal address">{c.postalAddress ? <span className="whitespace-pre-wrap">{c.postalAddress}</span> : "—"}</Row>
      <Row label="Web form">
        {c.webFormUrl ? (
          <a href={isSafeHttpUrl(c.webFormUrl) ? c.webFormUrl : undefined} target="_blank" rel="noreferrer" className="break-all text-blue-800 hover:underline">
            {c.webFormUrl}
          </a>
        ) : (
          "—"
        )}
      </Row>
      <Row label="Salutation">{dash(c.salutation)}</Row>
      <Row label="Language">{dash(c.language)}</Row>
      {c.parliamentaryBody && (
        <>
          <Row label="Parliamentary body">{parliamentaryBodyLabels[c.parliamentaryBody]}</Row>
          <Row label="Delegation">{c.delegation ? countryName(c.delegation) : "—"}</Row>
          <Row label="Political group">{dash(c.politicalGroup)}</Row>
          <Row label="Committees">{c.committees.length ? c.committees.join(", ") : "—"}</Row>
        </>
      )}
      <Row label="Tags">
        {c.tags.length ? (
          <span className="flex flex-wrap gap-1">
            {c.tags.map((t) => (
              <Badge key={t}>{t}</Badge>
            ))}
          </span>
        ) : (
          "—"
        )}
      </Row>
      <Row label="Notes">{c.notes ? <span className="whitespace-pre-wrap">{c.notes}</span> : "—"}</Row>
      {c.source && <Row label="Source">{c.source}</Row>}
    </dl>
  );
}
