// Every phone number is stored as written with its E.164 form beside it (phoneColumns,
// lib/contacts/phones.ts), whoever writes the row: the demo seed, the contact form, the imports.
// `npm run db:phones` recomputes every row and counts (with --fix, writes) the differences: the
// backfill of a database written before the column existed.
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, db, rowsOf } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { contactPhones, contacts } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { ids } from "@/db/seed/context";
import { seedDemoUsers } from "@/db/seed/users";
import { phoneE164Mismatches } from "@/lib/contacts/phones-check";
import { importCsv, previewCsv } from "@/lib/contacts/import-csv";
import type { ImportOptions } from "@/lib/import/csv/schema";
import { createTestUser } from "./helpers";
import { scratchDatabase } from "./scratch-database";

describe("phone numbers on the seeded demo database", () => {
  let handle: ReturnType<typeof createDatabase>;
  const cleanups: Array<() => Promise<void> | void> = [];
  const e164Of = async (key: string) =>
    rowsOf<{ phone: string; phone_e164: string | null }>(
      await handle.db.execute(sql`SELECT phone, phone_e164 FROM contact_phones WHERE contact_id = ${ids.contact(key)} ORDER BY is_primary DESC, phone`),
    );

  beforeAll(async () => {
    const scratch = await scratchDatabase("phones");
    cleanups.push(scratch.drop);
    handle = createDatabase(scratch.url, scratch.pgliteDir);
    cleanups.push(() => handle.close());
    await runMigrations(handle.db, handle.kind, scratch.url);
    await seedDemoData(handle.db, await seedDemoUsers(handle.db));
  }, 120_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("every seeded phone has the one definition's E.164 form", async () => {
    expect(await phoneE164Mismatches(handle.db)).toBe(0);
    expect(await e164Of("tajani")).toEqual([
      { phone: "+32(0)2 28 45503", phone_e164: "+3222845503" },
      { phone: "+33(0)3 88 1 75503", phone_e164: "+33388175503" },
    ]);
    expect(await e164Of("us-house")).toEqual([{ phone: "(202) 224-3121", phone_e164: "+12022243121" }]);
  });

  it("a database written before the column is backfilled, once", async () => {
    const [{ n }] = rowsOf<{ n: number }>(await handle.db.execute(sql`SELECT count(*)::int AS n FROM contact_phones WHERE phone_e164 IS NOT NULL`));
    expect(n).toBeGreaterThan(10);
    await handle.db.execute(sql`UPDATE contact_phones SET phone_e164 = NULL`);
    await handle.db.execute(sql`UPDATE contact_phones SET phone_e164 = '+1' WHERE contact_id = ${ids.contact("us-house")}`);
    expect(await phoneE164Mismatches(handle.db)).toBe(n);
    expect(await phoneE164Mismatches(handle.db, { fix: true })).toBe(n);
    expect(await phoneE164Mismatches(handle.db)).toBe(0);
    expect(await e164Of("us-house")).toEqual([{ phone: "(202) 224-3121", phone_e164: "+12022243121" }]);
  });
});

describe("phone numbers written by the CSV import", () => {
  const file = (text: string, fileName: string) => ({ fileName, bytes: new Uint8Array(Buffer.from(text, "utf8")) });

  it("reads national numbers with the row's country, and does not add a number again written another way", async () => {
    const officer = await createTestUser("officer");
    const tag = randomUUID().slice(0, 8);
    const six = String(200_000 + Math.floor(Math.random() * 700_000)); // Astana: 7172 and 6 digits
    const national = `8 (7172) ${six.slice(0, 2)}-${six.slice(2, 4)}-${six.slice(4)}`;
    const importOnce = async (phone: string, fileName: string, options: ImportOptions) => {
      const text = ["Name;Email;Phone;Country", `Aliya ${tag};aliya.${tag}@example.kz;${phone};Kazakhstan`].join("\n");
      const preview = await previewCsv(officer, file(text, fileName));
      return importCsv(officer, { file: file(text, fileName), mapping: preview.mapping, options, jobId: randomUUID() });
    };
    expect(await importOnce(national, `a-${tag}.csv`, { existing: "skip", listName: "" })).toMatchObject({ created: 1 });
    const [person] = await db.select({ id: contacts.id, country: contacts.country }).from(contacts).where(eq(contacts.fullName, `Aliya ${tag}`));
    expect(person.country).toBe("KZ");
    const phones = () => db.select({ phone: contactPhones.phone, e164: contactPhones.phoneE164 }).from(contactPhones).where(inArray(contactPhones.contactId, [person.id]));
    expect(await phones()).toEqual([{ phone: national, e164: `+77172${six}` }]);

    expect(await importOnce(`+7 7172 ${six}`, `b-${tag}.csv`, { existing: "update", listName: "" })).toMatchObject({ updated: 1 });
    expect(await phones()).toEqual([{ phone: national, e164: `+77172${six}` }]);
  });
});
