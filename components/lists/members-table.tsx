import Link from "next/link";
import { ActButton } from "@/components/ui/act-button";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ServerAction } from "@/lib/action";
import { hrefWith, type SearchParams } from "@/lib/url";

type Member = {
  id: string;
  fullName: string;
  title: string | null;
  organizationName: string | null;
  country: string | null;
  primaryEmail: string | null;
  doNotContact: boolean;
};

type Props = { listId: string; listName: string; rows: Member[]; params: SearchParams; mayWrite: boolean; removeAction: ServerAction };

/**
 * One page of a list's members; writers get a "Remove" button per row. Removing asks nothing: the
 * page then offers "Undo" (`removed=<id>` in the URL), and removing never touches the contact.
 */
export function MembersTable({ listId, listName, rows, params, mayWrite, removeAction }: Props) {
  const path = `/lists/${listId}`;
  return (
    <Table caption={`Members of ${listName}`}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th className="hidden md:table-cell">Title</Th>
          <Th className="hidden md:table-cell">Organization</Th>
          <Th className="hidden sm:table-cell">Country</Th>
          <Th className="hidden lg:table-cell">Primary e-mail</Th>
          {mayWrite && (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id}>
            <Td>
              <Link href={`/contacts/${m.id}`} className="font-medium text-blue-800 hover:underline">
                {m.fullName}
              </Link>
              {m.doNotContact && (
                <span className="ml-2">
                  <Badge tone="red">Do not contact</Badge>
                </span>
              )}
            </Td>
            <Td className="hidden md:table-cell">{m.title ?? "—"}</Td>
            <Td className="hidden md:table-cell">{m.organizationName ?? "—"}</Td>
            <Td className="hidden sm:table-cell">{m.country ?? "—"}</Td>
            <Td className="hidden break-all lg:table-cell">{m.primaryEmail ?? "—"}</Td>
            {mayWrite && (
              <Td className="text-right">
                <ActButton
                  action={removeAction.bind(null, { listId, contactId: m.id })}
                  variant="ghost"
                  label={`Remove ${m.fullName} from the list`}
                  pendingLabel="Removing…"
                  replace={hrefWith(path, params, { removed: m.id })}
                >
                  Remove
                </ActButton>
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
