import { and, arrayContains, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries, contactEmails, contactListMembers, contactLists, contacts } from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { startContactExport } from "./export";
import { contactListSchema } from "./schema";

async function collect(batches: AsyncIterable<unknown[][]>) {
  const rows: unknown[][] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

let officer: TestUser;
let viewer: TestUser;
const tag = unique("exporttag").replace(" ", "-");

beforeAll(async () => {
  [officer, viewer] = await Promise.all([createTestUser("officer"), createTestUser("viewer")]);
  // More rows than one batch, so the keyset pagination is exercised.
  const values = Array.from({ length: 1203 }, (_, i) => ({ fullName: `Export Person ${i}`, tags: [tag], searchText: normalizeForSearch(`Export Person ${i}`) }));
  values.push({ fullName: "=HYPERLINK(\"http://evil.example\")", tags: [tag], searchText: "hyperlink" });
  const inserted = await db.insert(contacts).values(values).returning({ id: contacts.id, fullName: contacts.fullName });
  await db.insert(contactEmails).values({ contactId: inserted[0].id, email: "first@example.org", isPrimary: true });
  const [list] = await db.insert(contactLists).values({ name: unique("Export list") }).returning();
  await db.insert(contactListMembers).values(inserted.slice(0, 3).map((c) => ({ listId: list.id, contactId: c.id })));
  listId = list.id;
});
let listId = "";

// 1,200 near-identical names would slow the duplicates search of later test files on this database.
afterAll(async () => {
  await db.delete(contacts).where(arrayContains(contacts.tags, [tag]));
});

describe("contact export", () => {
  it("streams every contact of the filtered view in batches and audits the export", async () => {
    const { batches } = await startContactExport(officer, { kind: "filter", params: contactListSchema.parse({ tag }) });
    const rows = await collect(batches);
    expect(rows).toHaveLength(1204);
    const first = rows.find((r) => r[0] === "Export Person 0")!;
    expect(first[12]).toBe("first@example.org");
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.actorId, officer.id), eq(auditEntries.action, "export")));
    expect(audit.length).toBeGreaterThan(0);
  });

  it("exports a list's members", async () => {
    const { batches, fileName } = await startContactExport(officer, { kind: "list", listId });
    expect(fileName).toMatch(/^Export list/);
    expect(await collect(batches)).toHaveLength(3);
  });

  it("is refused to viewers and to nobody", async () => {
    await expect(startContactExport(viewer, { kind: "list", listId })).rejects.toBeInstanceOf(ForbiddenError);
    // @ts-expect-error: no user at all
    await expect(startContactExport(null, { kind: "list", listId })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
