// The one "Delete" of a record's page: asks first, saying what goes with the record, then deletes
// the version the page showed (a stale one is refused) and goes to the list it came from.
import type { ServerAction } from "@/lib/action";
import { ActButton } from "./act-button";

type Props = {
  /** the domain's delete action; it is given { id, version } and still authorizes */
  action: ServerAction;
  record: { id: string; version: number };
  /** "case", "contact"…: the dialog asks "Delete this case?" and confirms with "Delete case" */
  noun: string;
  /** what is deleted with the record and what is kept */
  description: string;
  /** where to go afterwards */
  then: string;
  label?: string;
};

export function DeleteButton({ action, record, noun, description, then, label = "Delete" }: Props) {
  return (
    <ActButton
      action={action.bind(null, { id: record.id, version: record.version })}
      variant="danger"
      size="md"
      layout="block"
      pendingLabel="Deleting…"
      then={then}
      confirm={{ title: `Delete this ${noun}?`, description, confirmLabel: `Delete ${noun}` }}
    >
      {label}
    </ActButton>
  );
}
