import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { caseStatusLabels } from "@/lib/cases/schema";
import { countryName } from "@/lib/contacts/countries";
import type { DashboardLinks } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/queries";
import { BarChart } from "./bar-chart";
import { Figure } from "./figure";

const link = "text-blue-800 hover:underline";
const note = "Cases of the campaign and country as they stand today (not limited to the range).";

/** Cases by status and by country; each count opens the cases list with the same filters. */
export function CaseFigures({ d, links }: { d: DashboardData; links: DashboardLinks }) {
  const byStatus = d.cases.byStatus.map((s) => ({ status: caseStatusLabels[s.status], cases: s.n }));
  const byCountry = d.cases.byCountry.map((c) => ({ country: c.country ? countryName(c.country) : "No country", cases: c.n }));
  const series = [{ key: "cases", label: "Cases", color: "#6366f1" }];
  return (
    <div className="mb-6 grid gap-4 lg:grid-cols-2">
      <Figure
        id="cases-by-status"
        title="Cases by status"
        note={note}
        csvHref={links.csv("cases-by-status")}
        chart={<BarChart data={byStatus} xKey="status" series={series} yLabel="Cases" />}
        table={
          <Table caption="Cases by status">
            <thead>
              <tr>
                <Th>Status</Th>
                <Th className="text-right">Cases</Th>
              </tr>
            </thead>
            <tbody>
              {d.cases.byStatus.map((s) => (
                <tr key={s.status}>
                  <Th scope="row">
                    {caseStatusLabels[s.status]}
                  </Th>
                  <Td className="text-right tabular-nums">
                    <Link className={link} href={links.cases({ status: s.status })}>
                      {s.n}
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <Th scope="row" className="font-semibold">
                  Total
                </Th>
                <Td className="text-right font-semibold tabular-nums">
                  <Link className={link} href={links.cases()} data-testid="cases-total">
                    {d.cases.total}
                  </Link>
                </Td>
              </tr>
            </tfoot>
          </Table>
        }
      />
      <Figure
        id="cases-by-country"
        title="Cases by country"
        note={note}
        csvHref={links.csv("cases-by-country")}
        chart={<BarChart data={byCountry} xKey="country" series={series} yLabel="Cases" />}
        table={
          <Table caption="Cases by country">
            <thead>
              <tr>
                <Th>Country</Th>
                <Th className="text-right">Cases</Th>
              </tr>
            </thead>
            <tbody>
              {d.cases.byCountry.map((c) => (
                <tr key={c.country ?? "none"}>
                  <Th scope="row">
                    {c.country ? countryName(c.country) : "No country"}
                  </Th>
                  <Td className="text-right tabular-nums">
                    {c.country ? (
                      <Link className={link} href={links.cases({ country: c.country })}>
                        {c.n}
                      </Link>
                    ) : (
                      c.n
                    )}
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
