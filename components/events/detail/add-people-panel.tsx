// The writers' panel for finding contacts (as co-host, speaker or moderator) and organizations (as partner) and adding them to the event.
import { ActButton } from "@/components/ui/act-button";
import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/action";
import { participantRoleLabels } from "@/lib/events/schema";

type Props = {
  eventId: string;
  find: string;
  findOrg: string;
  foundContacts: Array<{ id: string; fullName: string; title: string | null }>;
  foundOrgs: Array<{ id: string; name: string; acronym: string | null }>;
  actions: { addParticipant: ServerAction; addPartner: ServerAction };
};

export function AddPeoplePanel({ eventId, find, findOrg, foundContacts, foundOrgs, actions }: Props) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <FilterForm label="Find a contact to add">
        <FilterField id="find" label="Add a co-host, speaker or moderator" grow>
          <Input id="find" name="find" type="search" defaultValue={find} placeholder="Name, any script" />
        </FilterField>
      </FilterForm>
      {find &&
        (foundContacts.length === 0 ? (
          <p className="text-slate-700">No contact matches “{find}”.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Contacts found">
            {foundContacts.map((c) => (
              <li key={c.id} className="space-y-1 py-2">
                <p>
                  <span className="font-medium">{c.fullName}</span>
                  {c.title && <span className="text-slate-600"> · {c.title}</span>}
                </p>
                <div className="flex flex-wrap gap-1">
                  {(["co_host", "speaker", "moderator"] as const).map((role) => (
                    <ActButton key={role} action={actions.addParticipant.bind(null, { eventId, contactId: c.id, role })} label={`${participantRoleLabels[role]}: add ${c.fullName}`}>
                      {participantRoleLabels[role]}
                    </ActButton>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        ))}
      <FilterForm label="Find an organization to add">
        <FilterField id="findOrg" label="Add a partner organization" grow>
          <Input id="findOrg" name="findOrg" type="search" defaultValue={findOrg} placeholder="Name or acronym" />
        </FilterField>
      </FilterForm>
      {findOrg &&
        (foundOrgs.length === 0 ? (
          <p className="text-slate-700">No other organization matches “{findOrg}”.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Organizations found">
            {foundOrgs.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="font-medium">
                  {o.name}
                  {o.acronym && ` (${o.acronym})`}
                </span>
                <ActButton action={actions.addPartner.bind(null, { eventId, organizationId: o.id })} label={`Partner: add ${o.name}`}>
                  Partner
                </ActButton>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
