import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { parliamentaryBodyLabels } from "@/lib/contacts/schema";
import type { DashboardLinks } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/format";
import { Figure } from "./figure";

const link = "text-blue-800 hover:underline";
const num = "text-right tabular-nums";

/** Open letters against their targets, the most engaged contacts and bodies. */
export function EngagementFigures({ d, links, locale }: { d: DashboardData; links: DashboardLinks; locale: string }) {
  return (
    <div className="mb-6 grid gap-4 lg:grid-cols-2">
      <Figure
        id="letters"
        title="Letters: signatures against targets"
        note={
          <>
            Open letters (draft or collecting) of the campaign and body, the ten closing soonest;{" "}
            <Link className="text-blue-800 underline" href={links.letters()}>
              {d.letters.open === 1 ? "the 1 open letter" : `all ${d.letters.open} open letters`}
            </Link>
            .
          </>
        }
        csvHref={links.csv("letters")}
        table={
          d.letters.closingSoonest.length === 0 ? (
            <p className="text-sm text-slate-600">No open letter.</p>
          ) : (
            <Table caption="Open letters: signatures against targets">
              <thead>
                <tr>
                  <Th>Letter</Th>
                  <Th className="hidden sm:table-cell">Deadline</Th>
                  <Th className="text-right">Signed</Th>
                  <Th className="text-right">Target</Th>
                </tr>
              </thead>
              <tbody>
                {d.letters.closingSoonest.map((l) => (
                  <tr key={l.id}>
                    <Td>
                      <Link className={link} href={links.letter(l.id)}>
                        {l.title}
                      </Link>
                      {l.target ? (
                        <progress className="mt-1 block h-1.5 w-full" max={l.target} value={Math.min(l.signed, l.target)} aria-label={`${l.signed} of ${l.target} signatures`} />
                      ) : null}
                    </Td>
                    <Td className="hidden whitespace-nowrap sm:table-cell">{formatDate(l.deadline, locale)}</Td>
                    <Td className={num}>{l.signed}</Td>
                    <Td className={num}>{l.target ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      />
      <Figure
        id="top-bodies"
        title="Most engaged bodies"
        note="The same engagement by the members' parliamentary body."
        csvHref={links.csv("top-bodies")}
        table={
          d.engaged.bodies.length === 0 ? (
            <p className="text-sm text-slate-600">No parliamentarian in the range.</p>
          ) : (
            <Table caption="Most engaged parliamentary bodies">
              <thead>
                <tr>
                  <Th>Body</Th>
                  <Th className={`hidden sm:table-cell ${num}`}>Dispatches</Th>
                  <Th className={`hidden sm:table-cell ${num}`}>Signatures</Th>
                  <Th className={`hidden sm:table-cell ${num}`}>Attended</Th>
                  <Th className={num}>Total</Th>
                </tr>
              </thead>
              <tbody>
                {d.engaged.bodies.map((b) => (
                  <tr key={b.body}>
                    <Td>
                      <Link className={link} href={links.contacts(b.body)}>
                        {parliamentaryBodyLabels[b.body]}
                      </Link>
                    </Td>
                    <Td className={`hidden sm:table-cell ${num}`}>{b.dispatches}</Td>
                    <Td className={`hidden sm:table-cell ${num}`}>{b.signatures}</Td>
                    <Td className={`hidden sm:table-cell ${num}`}>{b.attendances}</Td>
                    <Td className={num}>{b.total}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      />
      <Figure
        id="top-contacts"
        className="lg:col-span-2"
        title="Most engaged contacts"
        note="Appeal dispatches, signatures and attendances in the range."
        csvHref={links.csv("top-contacts")}
        table={
          d.engaged.contacts.length === 0 ? (
            <p className="text-sm text-slate-600">Nobody in the range.</p>
          ) : (
            <Table caption="Most engaged contacts">
              <thead>
                <tr>
                  <Th>Contact</Th>
                  <Th className={`hidden sm:table-cell ${num}`}>Dispatches</Th>
                  <Th className={`hidden sm:table-cell ${num}`}>Signatures</Th>
                  <Th className={`hidden sm:table-cell ${num}`}>Attended</Th>
                  <Th className={num}>Total</Th>
                </tr>
              </thead>
              <tbody>
                {d.engaged.contacts.map((c) => (
                  <tr key={c.id}>
                    <Td>
                      <Link className={link} href={links.contact(c.id)}>
                        {c.name}
                      </Link>
                      {c.body && <span className="block text-xs text-slate-600">{parliamentaryBodyLabels[c.body]}</span>}
                    </Td>
                    <Td className={`hidden sm:table-cell ${num}`}>{c.dispatches}</Td>
                    <Td className={`hidden sm:table-cell ${num}`}>{c.signatures}</Td>
                    <Td className={`hidden sm:table-cell ${num}`}>{c.attendances}</Td>
                    <Td className={num}>{c.total}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      />
    </div>
  );
}
