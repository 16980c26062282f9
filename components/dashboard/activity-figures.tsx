import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { appealStatuses, appealStatusLabels } from "@/lib/appeals/schema";
import type { DashboardLinks } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/queries";
import { BarChart, type Series } from "./bar-chart";
import { Figure } from "./figure";

const statusColors = ["#94a3b8", "#f59e0b", "#6366f1", "#0ea5e9", "#16a34a", "#475569"];
const appealSeries: Series[] = appealStatuses.map((s, i) => ({ key: s, label: appealStatusLabels[s], color: statusColors[i] }));
const link = "text-blue-800 hover:underline";

/** Appeals created per month by status, and events per month past and upcoming. */
export function ActivityFigures({ d, links }: { d: DashboardData; links: DashboardLinks }) {
  return (
    <div className="mb-6 grid gap-4 lg:grid-cols-2">
      <Figure
        id="appeals-per-month"
        title="Appeals per month by status"
        note="Appeals created in each month, by their status today; each count opens the appeals list for that month and status."
        csvHref={links.csv("appeals-per-month")}
        chart={<BarChart data={d.appealMonths} xKey="month" series={appealSeries} stacked yLabel="Appeals" />}
        table={
          <Table caption="Appeals per month by status">
            <thead>
              <tr>
                <Th>Month</Th>
                {appealStatuses.map((s) => (
                  <Th key={s} className="text-right">
                    <Link className={link} href={links.appealsCreated(s)}>
                      {appealStatusLabels[s]}
                    </Link>
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.appealMonths.map((m) => (
                <tr key={m.month}>
                  <Th scope="row">
                    {m.month}
                  </Th>
                  {appealStatuses.map((s) => (
                    <Td key={s} className="text-right tabular-nums">
                      {m[s] > 0 ? (
                        <Link className={link} href={links.appealsCreatedInMonth(m.month, s)}>
                          {m[s]}
                        </Link>
                      ) : (
                        m[s]
                      )}
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        }
      />
      <Figure
        id="events-per-month"
        title="Events per month"
        note="By the start date at the venue; each count opens the events list for that month."
        csvHref={links.csv("events-per-month")}
        chart={
          <BarChart
            data={d.eventMonths}
            xKey="month"
            stacked
            yLabel="Events"
            series={[
              { key: "past", label: "Past", color: "#475569" },
              { key: "upcoming", label: "Upcoming", color: "#0ea5e9" },
            ]}
          />
        }
        table={
          <Table caption="Events per month">
            <thead>
              <tr>
                <Th>Month</Th>
                <Th className="text-right">Past</Th>
                <Th className="text-right">Upcoming</Th>
              </tr>
            </thead>
            <tbody>
              {d.eventMonths.map((m) => (
                <tr key={m.month}>
                  <Th scope="row">
                    {m.month}
                  </Th>
                  <Td className="text-right tabular-nums">
                    <Link className={link} href={links.eventsInMonth(m.month, "past")}>
                      {m.past}
                    </Link>
                  </Td>
                  <Td className="text-right tabular-nums">
                    <Link className={link} href={links.eventsInMonth(m.month, "upcoming")}>
                      {m.upcoming}
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        }
      />
    </div>
  );
}
