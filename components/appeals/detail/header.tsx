// The appeal page's top: the way back to Appeals, the title with status and type, and the Edit and Text versions links.
import Link from "next/link";
import { AppealStatusBadge } from "@/components/appeals/status-badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { AppealDetail } from "@/lib/appeals/queries";
import { appealTypeLabels } from "@/lib/appeals/schema";

type Props = { appeal: Pick<AppealDetail, "id" | "title" | "status" | "type">; mayEdit: boolean };

export function AppealHeader({ appeal, mayEdit }: Props) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/appeals" className="text-blue-800 hover:underline">
          ← Appeals
        </Link>
      </p>
      <PageHeader
        title={appeal.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <AppealStatusBadge status={appeal.status} /> {appealTypeLabels[appeal.type]}
          </span>
        }
        actions={
          <>
            {mayEdit && (
              <Button asChild variant="secondary">
                <Link href={`/appeals/${appeal.id}/edit`}>Edit</Link>
              </Button>
            )}
            <Button asChild variant="secondary">
              <Link href={`/appeals/${appeal.id}/versions`}>Text versions</Link>
            </Button>
          </>
        }
      />
    </>
  );
}
