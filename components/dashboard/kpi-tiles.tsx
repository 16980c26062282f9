import type { DashboardLinks } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/queries";
import { days, KpiTile, percent } from "./kpi-tile";

const n = (v: number) => v.toLocaleString("en");

export function KpiTiles({ d, links }: { d: DashboardData; links: DashboardLinks }) {
  const { appeals, awaiting, events, dormant } = d;
  return (
    <section aria-labelledby="kpis" className="mb-6">
      <h2 id="kpis" className="sr-only">
        Key figures
      </h2>
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        <KpiTile label="Appeals drafted" value={n(appeals.drafted)} detail="created in the range" href={links.appealsCreated()} />
        <KpiTile
          label="Awaiting approval"
          value={n(awaiting.count)}
          detail={awaiting.oldestDays === null ? "none waiting now" : `now; oldest waiting ${days(awaiting.oldestDays)}`}
          href={links.appealsAwaiting()}
        />
        <KpiTile label="Appeals sent" value={n(appeals.sent)} detail="sent in the range" href={links.appealsSent()} />
        <KpiTile
          label="Appeals answered"
          value={n(appeals.answered)}
          detail={`reply rate ${percent(appeals.replyRate)} of those sent`}
          href={links.appealsAnswered()}
        />
        <KpiTile label="Median draft → sent" value={days(appeals.medianDaysToSend)} detail="appeals sent in the range, day drafted to day sent" />
        <KpiTile label="Median sent → first reply" value={days(appeals.medianDaysToReply)} detail="appeals sent in the range, day sent to first reply" />
        <KpiTile
          label="Events"
          value={n(events.total)}
          detail={`in the range: ${n(events.past)} past, ${n(events.total - events.past)} still to come`}
          href={links.events("all")}
        />
        <KpiTile
          label="Upcoming events"
          value={n(events.upcoming)}
          detail={`from today on, whatever the range${events.undated > 0 ? `; ${n(events.undated)} not dated yet` : ""}`}
          href={links.eventsUpcoming()}
        />
        <KpiTile
          label="Acceptance rate"
          value={percent(events.acceptanceRate)}
          detail={`${n(events.accepted)} accepted of ${n(events.answered)} answers`}
          href={links.events("all")}
        />
        <KpiTile
          label="Attendance rate"
          value={percent(events.attendanceRate)}
          detail={`${n(events.attended)} attended of ${n(events.accepted)} accepted`}
          href={links.events("past")}
        />
        <KpiTile
          label={`Not contacted in ${d.filters.months} months`}
          value={n(dormant.count)}
          detail={`parliamentarians in touch before ${dormant.since}, not since`}
          href={links.dormant(dormant.since)}
        />
      </ul>
    </section>
  );
}
