import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries } from "@/db/schema";
import { createContact } from "@/lib/contacts/mutations";
import { listContacts } from "@/lib/contacts/queries";
import { contactFormSchema, contactListSchema } from "@/lib/contacts/schema";
import { ForbiddenError, StaleError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { createOrganization, updateOrganization } from "./mutations";
import { getOrganization, listOrganizationPeople, listOrganizations, organizationOptions } from "./queries";
import { organizationFormSchema, organizationListSchema, type OrganizationFormInput } from "./schema";

const form = (over: Partial<OrganizationFormInput> = {}) =>
  organizationFormSchema.parse({ name: "Org", nameNative: "", acronym: "", kind: "government", country: "", website: "", postalAddress: "", notes: "", ...over });

let officer: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [officer, viewer] = await Promise.all([createTestUser("officer"), createTestUser("viewer")]);
});

describe("organizations", () => {
  it("creates and edits with the version check, auditing each step", async () => {
    const name = unique("Генеральная прокуратура Республики Казахстан");
    const { id } = await createOrganization(officer, form({ name, kind: "law_enforcement", country: "kz", website: "https://prokuror.gov.kz" }));
    expect(await getOrganization(viewer, id)).toMatchObject({ name, country: "KZ", version: 1 });
    await updateOrganization(officer, { id, version: 1, values: form({ name, kind: "law_enforcement", country: "KZ", acronym: "GPO" }) });
    await expect(updateOrganization(officer, { id, version: 1, values: form({ name }) })).rejects.toBeInstanceOf(StaleError);
    expect((await getOrganization(viewer, id)).acronym).toBe("GPO");
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "organization"), eq(auditEntries.entityId, id))).orderBy(auditEntries.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);

    // Found by a transliterated query; filters and the people count come from SQL.
    const list = await listOrganizations(viewer, organizationListSchema.parse({ q: "generalnaya prokuratura", country: "KZ", kind: "law_enforcement" }));
    expect(list.rows.map((r) => r.id)).toContain(id);
    expect((await listOrganizations(viewer, organizationListSchema.parse({ q: name, kind: "ngo" }))).total).toBe(0);
    expect((await organizationOptions(viewer)).map((o) => o.id)).toContain(id);
  });

  it("lists its people, paginated", async () => {
    const { id } = await createOrganization(officer, form({ name: unique("European Parliament") }));
    const base = contactFormSchema.parse({
      kind: "person", honorific: "", firstName: "", lastName: "", fullName: "x", nameNative: "", title: "", organizationId: id, newOrganizationName: "",
      department: "", institutionType: "", country: "", postalAddress: "", webFormUrl: "", salutation: "", language: "", parliamentaryBody: "",
      delegation: "", politicalGroup: "", committees: "", tags: "", notes: "", doNotContact: false, doNotContactReason: "", emails: [], phones: [],
    });
    for (let i = 0; i < 27; i++) await createContact(officer, { ...base, fullName: `MEP ${String(i).padStart(2, "0")}` });
    const second = await listOrganizationPeople(viewer, id, 2);
    expect(second.total).toBe(27);
    expect(second.rows.map((r) => r.fullName)).toEqual(["MEP 25", "MEP 26"]);
    const list = await listOrganizations(viewer, organizationListSchema.parse({ q: "european parliament" }));
    expect(list.rows.find((r) => r.id === id)?.people).toBe(27);

    // A rename reaches its people's search text in the same transaction.
    const newName = unique("Parlement européen");
    await updateOrganization(officer, { id, version: 1, values: form({ name: newName }) });
    const found = await listContacts(viewer, contactListSchema.parse({ q: newName.replace("é", "e"), sort: "name" }));
    expect(found.total).toBe(27);
  });

  it("refuses writes to viewers and everything to nobody", async () => {
    const { id } = await createOrganization(officer, form({ name: unique("OSCE ODIHR") }));
    await expect(createOrganization(viewer, form())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateOrganization(viewer, { id, version: 1, values: form() })).rejects.toBeInstanceOf(ForbiddenError);
    const nobody = null as unknown as TestUser;
    await expect(listOrganizations(nobody, organizationListSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrganization(nobody, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOrganizationPeople(nobody, id, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(organizationOptions(nobody)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOrganization(nobody, form())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateOrganization(nobody, { id, version: 1, values: form() })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
