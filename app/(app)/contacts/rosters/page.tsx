import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RosterImport } from "@/components/rosters/roster-import";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { rosterCsvColumns } from "@/lib/import/roster/csv";
import { applyRosterAction, previewRosterAction } from "./actions";

export const metadata: Metadata = { title: "Parliament rosters" };

export default async function RostersPage() {
  const user = await requirePageUser();
  if (!can(user.role, "contact.write")) notFound();
  return (
    <>
      <PageHeader
        title="Parliament rosters"
        description={
          <>
            Load the current members of the European Parliament, PACE or the OSCE PA into{" "}
            <Link href="/contacts" className="text-blue-800 underline">
              contacts
            </Link>
            . Members are matched by their roster id, so importing a newer list updates them and never duplicates anyone.
          </>
        }
      />
      <RosterImport actions={{ preview: previewRosterAction, apply: applyRosterAction }} />
      <section aria-labelledby="formats" className="mt-8 max-w-3xl space-y-3 text-sm text-slate-700">
        <h2 id="formats" className="text-base font-semibold text-slate-900">
          What the files look like
        </h2>
        <p>
          <strong>European Parliament:</strong> the XML list of all current MEPs the Parliament publishes on its “Full list” page
          (in English, French or another language: countries and political groups are read in English and French).
        </p>
        <p>
          <strong>European Parliament, as CSV:</strong> the current-term list of MEPs civic data projects publish, one row per
          member with the columns <code>first_name, last_name, email, country, eugroup, party, phone, committee, delegation, epid,
          twitter</code> (recognized by its <code>epid</code> or <code>eugroup</code> column). Countries may be codes or names;
          group short names (EPP, S&amp;D, Renew, Greens/EFA, ECR, PfE, ESN, The Left, NI) become the group names used here;
          committees and EP delegations (AFET; DROI, D-KZ) are kept as the contact’s committees, the party and Twitter handle as
          “party:…” and “twitter:…” tags; e-mails and phones are added. Members are matched by <code>epid</code>, then by e-mail
          or name.
        </p>
        <p>
          <strong>PACE and OSCE PA:</strong> a CSV file (comma, semicolon or tab separated; UTF-8, Windows-1251 or Windows-1252)
          with a header line naming these columns, in English or French, in any order:
        </p>
        <Table caption="Roster CSV columns">
          <thead>
            <tr>
              <Th>Column</Th>
              <Th>Required</Th>
              <Th>Example</Th>
            </tr>
          </thead>
          <tbody>
            {rosterCsvColumns.map((c) => (
              <tr key={c.column}>
                <Td>{c.column}</Td>
                <Td>{c.required ? "Yes" : "No"}</Td>
                <Td>{c.example}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <p>
          Without an Id column a member is recognized by name and country. Only the roster’s own fields change on existing
          contacts: name, delegation, political group, and the tags for the body (“MEP”, “PACE”, “OSCE PA”) and the national
          party (“party:…”). Members no longer listed are kept and tagged “left:&lt;body&gt;”; the tag goes when they return.
        </p>
      </section>
    </>
  );
}
