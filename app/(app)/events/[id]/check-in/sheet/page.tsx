import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventContext } from "@/components/invitations/event-heading";
import { PrintButton } from "@/components/appeals/output/print-button";
import { auditRead } from "@/lib/audit/read";
import { requirePageUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { attendanceSheet, SHEET_LIMIT } from "@/lib/invitations/check-in";
import { venueDate, venueTime, zoneLabel } from "@/lib/invitations/merge";
import { orNotFound } from "@/lib/pages";
import { pageInvitationEvent } from "@/lib/page-records";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const r = await pageInvitationEvent((await params).id);
  return { title: `Attendance sheet: ${r.title}` };
}

// Printing shows the sheet alone: the app's header and the toolbar are left out; the table header
// repeats on every page and a row never splits. Scoped to this page because the style is rendered only here.
const printCss = `@media print {
  @page { size: A4; margin: 15mm; }
  body { background: white; }
  body header { display: none !important; }
  main#main { max-width: none; margin: 0; padding: 0; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}`;

/** The sheet guests sign at the door: names alphabetically, organization, a signature column. */
export default async function AttendanceSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { event, rows, truncated } = await orNotFound(attendanceSheet(user, id));
  // A printable list of guests' names: audited as a download.
  await auditRead(user, { action: "download", entity: "event", entityId: id, summary: `Attendance sheet (print view, ${rows.length} names)` });
  const time = venueTime(event.startsAt, event.timeZone, event.allDay);
  return (
    <div className="print:text-black">
      <style>{printCss}</style>
      <div className="print:hidden">
        <EventContext event={event} />
        <div className="mb-4">
          <PrintButton />
        </div>
      </div>
      <h1 className="text-xl font-semibold text-slate-900">{event.title}</h1>
      <p className="mb-4 text-sm text-slate-700">
        Attendance sheet · {venueDate(event.startsAt, event.timeZone)}
        {time && `, ${time} (${zoneLabel(event.timeZone)})`}
        {[event.room, event.venue, event.city].filter(Boolean).length > 0 && ` · ${[event.room, event.venue, event.city].filter(Boolean).join(", ")}`}
      </p>
      {truncated && <p className="mb-2 text-sm text-red-800 print:hidden">Only the first {SHEET_LIMIT.toLocaleString("en")} names are printed.</p>}
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Attendance sheet</caption>
        <thead>
          <tr>
            <th scope="col" className="w-10 border border-slate-400 px-2 py-1 text-left">
              #
            </th>
            <th scope="col" className="border border-slate-400 px-2 py-1 text-left">
              Name
            </th>
            <th scope="col" className="border border-slate-400 px-2 py-1 text-left">
              Organization
            </th>
            <th scope="col" className="w-1/3 border border-slate-400 px-2 py-1 text-left">
              Signature
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id} className="break-inside-avoid">
              <td className="border border-slate-400 px-2 py-3 tabular-nums">{i + 1}</td>
              <td className="border border-slate-400 px-2 py-3 font-medium">{r.name}</td>
              <td className="border border-slate-400 px-2 py-3">{r.affiliation ?? ""}</td>
              <td className="border border-slate-400 px-2 py-3" />
            </tr>
          ))}
          {/* Blank lines for walk-ins who sign on paper. */}
          {Array.from({ length: 10 }, (_, i) => (
            <tr key={`blank-${i}`} className="break-inside-avoid">
              <td className="border border-slate-400 px-2 py-3 tabular-nums">{rows.length + i + 1}</td>
              <td className="border border-slate-400 px-2 py-3" />
              <td className="border border-slate-400 px-2 py-3" />
              <td className="border border-slate-400 px-2 py-3" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
