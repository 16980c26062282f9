// The writers' panel on a draft for adding recipients: everyone on a list, or contacts found by name.
import type { ComponentProps } from "react";
import { ContactPicker } from "@/components/ui/contact-picker";
import type { ServerAction } from "@/lib/action";

type Props = {
  appealId: string;
  lists: ComponentProps<typeof ContactPicker>["lists"];
  find: string;
  found: ComponentProps<typeof ContactPicker>["found"];
  actions: { addList: ServerAction; addContact: ServerAction };
};

export function AddRecipientsPanel({ appealId, lists, find, found, actions }: Props) {
  return (
    <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-2">
      <ContactPicker
        target={{ appealId }}
        lists={lists}
        addList={actions.addList}
        addContact={actions.addContact}
        find={find}
        found={found}
        outcome={[
          ["added", "# added.", "# added."],
          ["alreadyThere", "# was already a recipient.", "# were already a recipient."],
          ["doNotContact", "# marked do-not-contact was left out.", "# marked do-not-contact were left out."],
        ]}
        texts={{
          listId: "add-list",
          listLabel: "Add everyone on a list",
          listButton: "Add list members",
          listPending: "Adding…",
          findForm: "Find a contact to add",
          findLabel: "Add a contact",
          noneFound: "is missing from the recipients.",
          contactButton: "Add",
          contactPending: "Adding…",
          contactLabel: "Add # as a recipient",
        }}
      />
    </div>
  );
}
