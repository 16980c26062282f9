import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { SelectMatch } from "./add-members";

type Match = { id: string; fullName: string; title: string | null; organizationName: string | null; country: string | null; doNotContact: boolean };

/** The "Add members" search's matches, each with a checkbox for <AddMembers> (its parent). */
export function AddMembersTable({ q, rows }: { q: string; rows: Match[] }) {
  return (
    <Table caption={`Contacts matching “${q}” not yet in the list`}>
      <thead>
        <tr>
          <Th className="w-10">
            <span className="sr-only">Select</span>
          </Th>
          <Th>Name</Th>
          <Th className="hidden md:table-cell">Title</Th>
          <Th className="hidden md:table-cell">Organization</Th>
          <Th className="hidden sm:table-cell">Country</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <Td>
              <SelectMatch id={c.id} name={c.fullName} />
            </Td>
            <Td>
              {c.fullName} {c.doNotContact && <Badge tone="red">Do not contact</Badge>}
            </Td>
            <Td className="hidden md:table-cell">{c.title ?? "—"}</Td>
            <Td className="hidden md:table-cell">{c.organizationName ?? "—"}</Td>
            <Td className="hidden sm:table-cell">{c.country ?? "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
