import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { contactEmails, contactPhones, contacts } from "@/db/schema";
import { normalizeForSearch } from "@/lib/search/normalize";
import { createTestUser, type TestUser } from "@/tests/helpers";
import { importCsv, previewCsv } from "./import-csv";

let officer: TestUser;
beforeAll(async () => {
  officer = await createTestUser("officer");
});

const file = (text: string, fileName: string) => ({ fileName, bytes: new Uint8Array(Buffer.from(text, "utf8")) });

async function run(text: string, fileName: string, existing: "skip" | "update") {
  const preview = await previewCsv(officer, file(text, fileName));
  return importCsv(officer, { file: file(text, fileName), mapping: preview.mapping, options: { existing, listName: "" } });
}

describe("CSV import, updating existing contacts set-based", () => {
  it("applies two rows that match one contact in file order, as row-by-row updates would, and leaves unchanged contacts alone", async () => {
    const tag = randomUUID().slice(0, 8);
    const header = "Name;Email;Phone;Organization;Job title;Country;Tags;Notes";
    await run(
      [header, `Ada ${tag};a1.${tag}@example.org;+7 701 111 2233;Org ${tag};Adviser;KZ;old;Met in Astana`, `Bo ${tag};b.${tag}@example.org;;;Clerk;BE;;`].join("\n"),
      `first-${tag}.csv`,
      "skip",
    );
    const [ada] = await db.select().from(contacts).where(eq(contacts.fullName, `Ada ${tag}`));
    await db.insert(contactEmails).values({ contactId: ada.id, email: `a2.${tag}@example.org` });
    const [bo] = await db.select().from(contacts).where(eq(contacts.fullName, `Bo ${tag}`));

    // Line 2 and line 3 are both Ada (by each of her addresses); line 4 is Bo, unchanged.
    const result = await run(
      [
        header,
        `Ada ${tag};A1.${tag}@example.org;8 701 111 2233;;Head of unit;;new;Met in Astana`,
        `Ada ${tag};a2.${tag}@example.org, a3.${tag}@example.org;+32 2 284 2000;;;;;Called back`,
        `Bo ${tag};b.${tag}@example.org;;;Clerk;BE;;`,
      ].join("\n"),
      `again-${tag}.csv`,
      "update",
    );
    expect(result).toMatchObject({ created: 0, updated: 3, skipped: 0 });

    const [after] = await db.select().from(contacts).where(eq(contacts.id, ada.id));
    expect(after).toMatchObject({
      title: "Head of unit", country: "KZ", organizationId: ada.organizationId, tags: ["old", "new"],
      notes: "Met in Astana\n\nCalled back", version: ada.version + 2,
    });
    const emails = await db.select().from(contactEmails).where(eq(contactEmails.contactId, ada.id)).orderBy(asc(contactEmails.email));
    expect(emails.map((e) => [e.email, e.isPrimary])).toEqual([
      [`a1.${tag}@example.org`, true],
      [`a2.${tag}@example.org`, false],
      [`a3.${tag}@example.org`, false],
    ]);
    // "8 701 …" in KZ is the number she has: not added again; the Belgian one is.
    const phones = await db.select().from(contactPhones).where(eq(contactPhones.contactId, ada.id)).orderBy(asc(contactPhones.phone));
    expect(phones.map((p) => [p.phone, p.phoneE164, p.isPrimary])).toEqual([
      ["+32 2 284 2000", "+3222842000", false],
      ["+7 701 111 2233", "+77011112233", true],
    ]);
    expect(after.searchText).toContain(normalizeForSearch("Head of unit"));
    expect(after.searchText).toContain(normalizeForSearch(`a3.${tag}@example.org`));

    const [boAfter] = await db.select().from(contacts).where(eq(contacts.id, bo.id));
    expect(boAfter.version).toBe(bo.version);
    expect(boAfter.updatedAt).toEqual(bo.updatedAt);
  });
});
