// Every search_text column is built by lib/search/search-text.ts, whoever writes the row: the demo
// seed, the contact form, the imports. The check rebuilds every row and counts differences; before
// it existed the seed left e-mails and departments out, so a freshly seeded database did not find
// aprk@akorda.kz while a contact created in the app was found by its e-mail.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, db, rowsOf } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemoData } from "@/db/seed";
import { ids } from "@/db/seed/context";
import { seedDemoUsers } from "@/db/seed/users";
import { createContact } from "@/lib/contacts/mutations";
import { normalizeForSearch } from "@/lib/search/normalize";
import { searchText } from "@/lib/search/search-text";
import { searchTextMismatches } from "@/lib/search/search-text-check";
import { createTestUser } from "./helpers";
import { scratchDatabase } from "./scratch-database";

const none = { contact: 0, organization: 0, case: 0, appeal: 0, letter: 0, event: 0, incoming: 0, list: 0, campaign: 0 };

describe("search text on the seeded demo database", () => {
  let handle: ReturnType<typeof createDatabase>;
  const cleanups: Array<() => Promise<void> | void> = [];

  beforeAll(async () => {
    const scratch = await scratchDatabase("search_text");
    cleanups.push(scratch.drop);
    handle = createDatabase(scratch.url, scratch.pgliteDir);
    cleanups.push(() => handle.close());
    await runMigrations(handle.db, handle.kind, scratch.url);
    await seedDemoData(handle.db, await seedDemoUsers(handle.db));
  }, 120_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("every row's search text is the one definition's", async () => {
    expect(await searchTextMismatches(handle.db)).toEqual(none);
  });

  it("a seeded contact is found by its e-mail address", async () => {
    const [row] = rowsOf<{ search_text: string }>(await handle.db.execute(sql`SELECT search_text FROM contacts WHERE id = ${ids.contact("akorda")}`));
    expect(row.search_text.split(" ")).toContain("aprk@akorda.kz");
  });

  it("a row written some other way is counted, and fixed on request", async () => {
    await handle.db.execute(sql`UPDATE contacts SET search_text = 'stale' WHERE id = ${ids.contact("akorda")}`);
    await handle.db.execute(sql`UPDATE campaigns SET search_text = '' WHERE id IN (SELECT id FROM campaigns ORDER BY id LIMIT 1)`);
    expect(await searchTextMismatches(handle.db)).toEqual({ ...none, contact: 1, campaign: 1 });
    expect(await searchTextMismatches(handle.db, { fix: true })).toEqual({ ...none, contact: 1, campaign: 1 });
    expect(await searchTextMismatches(handle.db)).toEqual(none);
  });
});

describe("search text written by the app", () => {
  it("a contact made in the form: names, title, new organization, department and e-mail", async () => {
    const user = await createTestUser("officer");
    const { id } = await createContact(user, {
      kind: "person", honorific: null, firstName: null, lastName: null, fullName: "Search Text Probe", nameNative: "Проба", title: "Adviser",
      department: "Legal department", organizationId: null, newOrganizationName: "Probe Institute", institutionType: null, country: "KZ",
      postalAddress: null, webFormUrl: null, salutation: null, language: null, parliamentaryBody: null, delegation: null, politicalGroup: null,
      committees: [], tags: [], notes: "", emails: [{ value: "probe@search-text.example", label: "work", primary: true }], phones: [],
    } as never);
    const [row] = rowsOf<{ search_text: string }>(await db.execute(sql`SELECT search_text FROM contacts WHERE id = ${id}`));
    expect(row.search_text).toBe(
      searchText.contact(
        { fullName: "Search Text Probe", nameNative: "Проба", title: "Adviser", department: "Legal department" },
        { name: "Probe Institute", acronym: null },
        ["probe@search-text.example"],
      ),
    );
    expect(row.search_text).toContain(normalizeForSearch("probe@search-text.example"));
  });
});
