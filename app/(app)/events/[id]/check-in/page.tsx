import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckInList } from "@/components/invitations/check-in-list";
import { EventContext, EventTabs } from "@/components/invitations/event-heading";
import { WalkInForm } from "@/components/invitations/walk-in-form-deferred";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { isUuid } from "@/lib/ids";
import { listCheckIn } from "@/lib/invitations/check-in";
import { checkInListSchema } from "@/lib/invitations/schema";
import { pageInvitationEvent } from "@/lib/page-records";
import type { SearchParams } from "@/lib/url";
import { addWalkInAction, setAttendanceAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageInvitationEvent((await params).id);
  return { title: `Check-in: ${r.title}` };
}

/** On the day, from a phone: counts, a name search, one big button per guest, walk-ins. */
export default async function CheckInPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const raw = await searchParams;
  const filters = checkInListSchema.parse(raw);
  const event = await pageInvitationEvent(id);
  const list = await listCheckIn(user, id, filters);
  const mayWrite = can(user.role, "event.write") && event.status !== "cancelled";
  const { expected, attended, walkIns } = list.counts;

  return (
    <>
      <EventContext event={event} />
      <PageHeader
        title="Check-in"
        actions={
          <Button asChild variant="secondary">
            <Link href={`/events/${id}/check-in/sheet`}>Attendance sheet</Link>
          </Button>
        }
      />
      <EventTabs eventId={id} current="check-in" />
      <dl className="mb-4 grid grid-cols-3 gap-2 text-center" aria-label="Counts">
        {[
          { label: "Here", value: attended, testId: "count-attended" },
          { label: "Accepted", value: expected, testId: "count-expected" },
          { label: "Walk-ins", value: walkIns, testId: "count-walk-ins" },
        ].map((c) => (
          <div key={c.label} className="rounded-lg border border-slate-200 bg-white p-2">
            <dt className="text-xs text-slate-700">{c.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-slate-900" data-testid={c.testId}>
              {c.value}
            </dd>
          </div>
        ))}
      </dl>
      <form method="get" role="search" aria-label="Find a guest" className="mb-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          Guest&apos;s name
        </label>
        <Input id="q" name="q" type="search" defaultValue={filters.q} placeholder="Guest's name" className="h-12 text-base" />
        <Button type="submit" className="h-12 px-5 text-base">
          Find
        </Button>
      </form>
      {list.rows.length === 0 ? (
        <EmptyState title={filters.q ? `Nobody called “${filters.q}” is on the list.` : "Nobody is invited yet."}>
          {mayWrite && "Add them as a walk-in below."}
        </EmptyState>
      ) : (
        <>
          <CheckInList eventId={id} mayWrite={mayWrite} guests={list.rows} action={setAttendanceAction} />
          <Pagination path={`/events/${id}/check-in`} params={raw} page={list.page} pageSize={list.pageSize} total={list.total} noun="guests" />
        </>
      )}
      {mayWrite && (
        <section aria-labelledby="walk-in-heading" className="mt-8 max-w-md space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="walk-in-heading" className="text-lg font-semibold text-slate-900">
            Add a walk-in
          </h2>
          <WalkInForm eventId={id} action={addWalkInAction} />
        </section>
      )}
    </>
  );
}
