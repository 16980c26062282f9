import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { mergeContactsAction } from "@/app/(app)/contacts/duplicates/actions";
import { MergeForm, type MergeFieldRow } from "@/components/contacts/merge-form";
import { MergeSide } from "@/components/contacts/merge-side";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { countryName } from "@/lib/contacts/countries";
import { relatedCounts } from "@/lib/contacts/duplicates";
import { mergeFieldKeys, mergeFieldLabels, mergePairSchema, type MergeFieldKey } from "@/lib/contacts/merge-schema";
import { getContact, listsOfContact } from "@/lib/contacts/queries";
import { contactKindLabels, institutionTypeLabels, parliamentaryBodyLabels } from "@/lib/contacts/schema";
import { formatDate } from "@/lib/format";
import { getLocale } from "@/lib/locale";
import { orNotFound } from "@/lib/pages";
import type { SearchParams } from "@/lib/url";

export const metadata: Metadata = { title: "Merge contacts" };

type Contact = Awaited<ReturnType<typeof getContact>>;

/** A field's value as the user compares it; "" when the record has none. */
function fieldText(c: Contact, key: MergeFieldKey): string {
  switch (key) {
    case "kind": return contactKindLabels[c.kind];
    case "names": {
      const parts = [c.firstName, c.lastName].filter(Boolean).join(" ");
      return parts && parts !== c.fullName ? `${c.fullName} (first and last: ${parts})` : c.fullName;
    }
    case "organization": return c.organizationName ?? "";
    case "institutionType": return c.institutionType ? institutionTypeLabels[c.institutionType] : "";
    case "country": return c.country ? countryName(c.country) : "";
    case "delegation": return c.delegation ? countryName(c.delegation) : "";
    case "parliamentaryBody":
      return c.parliamentaryBody ? parliamentaryBodyLabels[c.parliamentaryBody] + (c.externalId ? ` (roster id ${c.externalId})` : "") : "";
    case "doNotContact": return c.doNotContact ? `Yes${c.doNotContactReason ? `: ${c.doNotContactReason}` : ""}` : "No";
    default: return (c[key] ?? "").trim();
  }
}

export default async function MergePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  if (!can(user.role, "delete")) notFound();
  const { a: aId, b: bId } = mergePairSchema.parse(await searchParams);
  if (!aId || !bId || aId === bId) notFound();
  const [a, b, countsA, countsB, listsA, listsB, locale] = await Promise.all([
    orNotFound(getContact(user, aId)),
    orNotFound(getContact(user, bId)),
    relatedCounts(user, aId),
    relatedCounts(user, bId),
    listsOfContact(user, aId),
    listsOfContact(user, bId),
    getLocale(),
  ]);

  const rows: MergeFieldRow[] = mergeFieldKeys
    .map((key) => ({ key, label: mergeFieldLabels[key], a: fieldText(a, key), b: fieldText(b, key) }))
    .filter((r) => r.a !== r.b || (r.key === "names" && (a.firstName !== b.firstName || a.lastName !== b.lastName)));
  // The older record survives by default: it is the one other records and people have known longest.
  const older = a.createdAt <= b.createdAt ? a : b;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts/duplicates" className="text-blue-800 hover:underline">
          ← Duplicate contacts
        </Link>
      </p>
      <PageHeader
        title="Compare and merge"
        description="Choose the value to keep for each field that differs. Every e-mail, phone, list membership, committee, tag and timeline entry of both records is kept."
      />
      <div className="mb-6 grid gap-4 md:grid-cols-2">
        <MergeSide heading="First record" contact={a} counts={countsA} lists={listsA} created={formatDate(a.createdAt, locale)} />
        <MergeSide heading="Second record" contact={b} counts={countsB} lists={listsB} created={formatDate(b.createdAt, locale)} />
      </div>
      <MergeForm
        a={{ id: a.id, version: a.version, name: a.fullName, created: formatDate(a.createdAt, locale) }}
        b={{ id: b.id, version: b.version, name: b.fullName, created: formatDate(b.createdAt, locale) }}
        defaultSurvivorId={older.id}
        rows={rows}
        action={mergeContactsAction}
      />
    </>
  );
}
