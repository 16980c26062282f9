import Link from "next/link";

/** The cases a record is about, each a link, separated by commas; "—" when there are none. */
export function CaseLinks({ cases }: { cases: ReadonlyArray<{ id: string; primaryName: string }> }) {
  if (cases.length === 0) return "—";
  return cases.map((c, i) => (
    <span key={c.id}>
      {i > 0 && ", "}
      <Link href={`/cases/${c.id}`} className="text-blue-800 hover:underline">
        {c.primaryName}
      </Link>
    </span>
  ));
}
