import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppealStatusBadge } from "@/components/appeals/status-badge";
import { VersionDiff } from "@/components/appeals/version-diff";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { listVersions } from "@/lib/appeals/versions";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { isUuid } from "@/lib/ids";
import { getLocale } from "@/lib/locale";
import { orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Text versions" };

export default async function AppealVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [{ appeal, versions }, locale] = await Promise.all([
    orNotFound(listVersions(user, id)),
    getLocale(),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/appeals/${appeal.id}`} className="text-blue-800 hover:underline">
          ← {appeal.title}
        </Link>
      </p>
      <PageHeader
        title={`Text versions of “${appeal.title}”`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <AppealStatusBadge status={appeal.status} /> Each saved change of the subject or text, newest first, compared with the one before.
          </span>
        }
      />
      {versions.length === 0 ? (
        <EmptyState title="No text saved yet." />
      ) : (
        <ol className="space-y-6">
          {versions.map((v, i) => {
            const previous = versions[i + 1];
            return (
              <li key={v.id}>
                <article aria-labelledby={`v-${v.versionNo}`} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
                  <h2 id={`v-${v.versionNo}`} className="font-semibold text-slate-900">
                    Version {v.versionNo}
                    <span className="font-normal text-slate-700">
                      {" "}
                      · {v.authorName ?? "a former user"} · <time dateTime={v.createdAt.toISOString()}>{formatDateTime(v.createdAt, locale)}</time>
                    </span>
                  </h2>
                  {previous ? (
                    <>
                      <VersionDiff label="Subject" before={previous.subject} after={v.subject} />
                      <VersionDiff label="Text" before={previous.bodyMarkdown} after={v.bodyMarkdown} />
                    </>
                  ) : (
                    <>
                      <p className="text-sm">
                        <span className="font-medium">Subject:</span> {v.subject || "—"}
                      </p>
                      <div className="whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3 font-mono text-sm leading-6 text-slate-800">
                        {v.bodyMarkdown || "(empty)"}
                      </div>
                    </>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
