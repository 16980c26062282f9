import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteContactAction, logActivityAction } from "@/app/(app)/contacts/actions";
import { ActivityForm } from "@/components/contacts/activity-form-deferred";
import { ContactProfile } from "@/components/contacts/contact-profile";
import { ContactTimeline } from "@/components/contacts/contact-timeline";
import { DeleteButton } from "@/components/ui/delete-button";
import { MergeNotice } from "@/components/contacts/merge-notice";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listsOfContact } from "@/lib/contacts/queries";
import { pageParamSchema } from "@/lib/contacts/schema";
import { getContactTimeline } from "@/lib/contacts/timeline";
import { formatDateTime } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { getLocale } from "@/lib/locale";
import { pageContact } from "@/lib/page-records";
import type { SearchParams } from "@/lib/url";
import { titleWithOrganization } from "@/lib/contacts/title-line";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { contact } = await pageContact((await params).id);
  return { title: contact ? `Contact: ${contact.fullName}` : "Merged contact" };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function ContactPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const { page } = pageParamSchema.parse(raw);
  // A merged record's old address points to the record it was merged into.
  const { contact, survivor } = await pageContact(id);
  if (!contact) return <MergeNotice survivor={survivor} />;
  const [lists, timeline, locale] = await Promise.all([listsOfContact(user, id), getContactTimeline(user, id, page), getLocale()]);
  const mayWrite = can(user.role, "contact.write");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts" className="text-blue-800 hover:underline">
          ← Contacts
        </Link>
      </p>
      <PageHeader
        title={contact.fullName}
        description={titleWithOrganization(contact.title, contact.organizationName) || undefined}
        actions={
          <>
            {mayWrite && (
              <Button asChild variant="secondary">
                <Link href={`/contacts/${contact.id}/edit`}>Edit</Link>
              </Button>
            )}
            {can(user.role, "delete") && (
              <DeleteButton
                action={deleteContactAction}
                record={contact}
                noun="contact"
                then="/contacts"
                description={`“${contact.fullName}”, its e-mails, phones, list memberships and logged activities will be deleted. This cannot be undone.`}
              />
            )}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="profile">
            <h2 id="profile" className="mb-2 text-lg font-semibold text-slate-900">
              Profile
            </h2>
            <ContactProfile contact={contact} />
            <p className="mt-2 text-xs text-slate-600">
              Created {formatDateTime(contact.createdAt, locale)} · updated {formatDateTime(contact.updatedAt, locale)}
            </p>
          </section>
          <section aria-labelledby="lists">
            <h2 id="lists" className="mb-2 text-lg font-semibold text-slate-900">
              Lists
            </h2>
            {lists.length === 0 ? (
              <p className="text-sm text-slate-600">Not on any list.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {lists.map((l) => (
                  <li key={l.id}>
                    <Link href={`/lists/${l.id}`} className="text-blue-800 hover:underline">
                      {l.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <section aria-labelledby="timeline" className="space-y-4 lg:col-span-3">
          <h2 id="timeline" className="text-lg font-semibold text-slate-900">
            Timeline
          </h2>
          {mayWrite && <ActivityForm contactId={contact.id} action={logActivityAction} />}
          <ContactTimeline contactId={contact.id} {...timeline} params={raw} locale={locale} />
        </section>
      </div>
    </>
  );
}
