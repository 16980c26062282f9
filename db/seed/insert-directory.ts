// Organizations, contacts with their e-mails and phones, and contact lists.
import { phoneColumns } from "../../lib/contacts/phones";
import { searchText } from "../../lib/search/search-text";
import { contactEmails, contactListMembers, contactLists, contactPhones, contacts, organizations } from "../schema";
import { contactSeeds, ids, organizationsByKey, put, type SeedContext } from "./context";
import { organizationSeeds } from "./data-organizations";
import { parliamentarianSeeds } from "./data-parliamentarians";
import { reportContactSeeds } from "./data-report-contacts";
import { seedId } from "./ids";

export const demoLists = [
  {
    key: "dck-report",
    name: "Addressees — DCK ban report (2018)",
    description: "The 26 officials and institutions the report on the ban of the DCK asks readers to address.",
    source: "report:dck-ban-2018",
    members: reportContactSeeds.map((c) => c.key),
  },
  {
    key: "kz-meps",
    name: "MEPs — Kazakhstan letters and events",
    description: "Members of the European Parliament who signed letters or co-hosted events on Kazakhstan.",
    source: "news:kazakhstan-2011-2021",
    members: parliamentarianSeeds.filter((c) => c.source.startsWith("news:") && c.parliamentaryBody === "european_parliament").map((c) => c.key),
  },
  {
    key: "ep-roster-sample",
    name: "EP roster sample (2014–2019 term)",
    description: "The five members of the European Parliament's list of MEPs in ep-meps-sample.xml.",
    source: "roster:ep",
    members: parliamentarianSeeds.filter((c) => c.source === "roster:ep").map((c) => c.key),
  },
];

export async function insertDirectory({ tx, users }: SeedContext): Promise<void> {
  await put(
    tx,
    organizations,
    organizationSeeds.map((o) => ({
      id: ids.organization(o.key),
      name: o.name,
      nameNative: o.nameNative,
      acronym: o.acronym,
      kind: o.kind,
      country: o.country,
      website: o.website,
      postalAddress: o.postalAddress,
      source: o.source,
      searchText: searchText.organization({ name: o.name, nameNative: o.nameNative ?? null, acronym: o.acronym ?? null }),
    })),
  );

  await put(
    tx,
    contacts,
    contactSeeds.map((c) => {
      const organization = c.org ? organizationsByKey.get(c.org) : undefined;
      return {
        id: ids.contact(c.key),
        kind: c.kind ?? "person",
        honorific: c.honorific,
        firstName: c.firstName,
        lastName: c.lastName,
        fullName: c.fullName,
        nameNative: c.nameNative,
        title: c.title,
        department: c.department,
        organizationId: c.org ? ids.organization(c.org) : null,
        institutionType: c.institutionType,
        country: c.country,
        postalAddress: c.postalAddress,
        webFormUrl: c.webFormUrl,
        salutation: c.salutation,
        language: c.language,
        parliamentaryBody: c.parliamentaryBody,
        delegation: c.delegation,
        politicalGroup: c.politicalGroup,
        committees: c.committees ?? [],
        tags: c.tags ?? [],
        notes: c.notes ?? "",
        source: c.source,
        sourceRef: c.sourceRef,
        externalId: c.externalId,
        searchText: searchText.contact(
          { fullName: c.fullName, nameNative: c.nameNative ?? null, title: c.title ?? null, department: c.department ?? null },
          organization ? { name: organization.name, acronym: organization.acronym ?? null } : null,
          c.emails ?? [],
        ),
        createdById: users.officer,
      };
    }),
  );

  await put(
    tx,
    contactEmails,
    contactSeeds.flatMap((c) =>
      (c.emails ?? []).map((email, i) => ({
        id: seedId(`contact-email:${c.key}:${email.toLowerCase()}`),
        contactId: ids.contact(c.key),
        email,
        label: c.kind === "organization" ? "office" : "work",
        isPrimary: i === 0,
      })),
    ),
  );
  await put(
    tx,
    contactPhones,
    contactSeeds.flatMap((c) =>
      (c.phones ?? []).map((p, i) => ({
        id: seedId(`contact-phone:${c.key}:${i}`),
        contactId: ids.contact(c.key),
        ...phoneColumns(p.phone, c.country),
        label: p.label ?? "office",
        isPrimary: i === 0,
      })),
    ),
  );

  await put(
    tx,
    contactLists,
    demoLists.map((l) => ({
      id: ids.list(l.key),
      name: l.name,
      description: l.description,
      source: l.source,
      searchText: searchText.list({ name: l.name, description: l.description ?? "" }),
      createdById: users.officer,
    })),
  );
  await put(
    tx,
    contactListMembers,
    demoLists.flatMap((l) =>
      l.members.map((key) => ({ listId: ids.list(l.key), contactId: ids.contact(key), addedById: users.officer })),
    ),
  );
}

