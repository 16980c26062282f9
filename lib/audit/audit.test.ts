import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { createUser } from "@/lib/users/mutations";
import { createTestUser } from "@/tests/helpers";
import { auditListSchema, getAuditFilterOptions, listAuditEntries } from "./queries";

const PASSWORD = "correct horse battery staple";
const day = (date: Date, offsetDays = 0) => new Date(date.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** An admin who has just created one user: one audit entry we can find again. */
async function adminWithOneEntry() {
  const admin = await createTestUser("admin");
  const { id } = await createUser(admin, { email: `audit-${randomUUID().slice(0, 8)}@test.example`, name: "Audited Person", role: "viewer", password: PASSWORD });
  return { admin, createdId: id };
}

describe("the audit log", () => {
  it("filters by actor, newest first", async () => {
    const { admin, createdId } = await adminWithOneEntry();
    const other = await createTestUser("admin");
    await createUser(other, { email: `audit-${randomUUID().slice(0, 8)}@test.example`, name: "Someone Else", role: "viewer", password: PASSWORD });

    const { rows, total } = await listAuditEntries(admin, auditListSchema.parse({ actor: admin.id }));
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ actorId: admin.id, actorEmail: admin.email, action: "create", entity: "user", entityId: createdId });

    const everyone = await listAuditEntries(admin, auditListSchema.parse({}));
    const times = everyone.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("filters by entity, record and action", async () => {
    const { admin, createdId } = await adminWithOneEntry();
    const byEntity = await listAuditEntries(admin, auditListSchema.parse({ entity: "user", actor: admin.id }));
    expect(byEntity.rows.map((r) => r.entityId)).toEqual([createdId]);
    expect((await listAuditEntries(admin, auditListSchema.parse({ entity: "campaign", actor: admin.id }))).total).toBe(0);
    expect((await listAuditEntries(admin, auditListSchema.parse({ entity: "user", entityId: createdId }))).total).toBe(1);
    expect((await listAuditEntries(admin, auditListSchema.parse({ actor: admin.id, action: "create" }))).total).toBe(1);
    expect((await listAuditEntries(admin, auditListSchema.parse({ actor: admin.id, action: "delete" }))).total).toBe(0);

    const options = await getAuditFilterOptions(admin);
    expect(options.entities).toContain("user");
    expect(options.actions).toContain("create");
    expect(options.actors.map((a) => a.id)).toContain(admin.id);
  });

  it("filters by date, both ends inclusive, and ignores malformed dates", async () => {
    const { admin } = await adminWithOneEntry();
    const [entry] = (await listAuditEntries(admin, auditListSchema.parse({ actor: admin.id }))).rows;
    const count = (from?: string, to?: string) =>
      listAuditEntries(admin, auditListSchema.parse({ actor: admin.id, from, to })).then((r) => r.total);

    expect(await count(day(entry.at), day(entry.at))).toBe(1);
    expect(await count(day(entry.at, -1), undefined)).toBe(1);
    expect(await count(undefined, day(entry.at, 1))).toBe(1);
    expect(await count(day(entry.at, 1), undefined)).toBe(0);
    expect(await count(undefined, day(entry.at, -1))).toBe(0);
    expect(await count("yesterday", "2026-13-45")).toBe(1);
  });

  it("paginates in SQL", async () => {
    const { admin } = await adminWithOneEntry();
    const first = await listAuditEntries(admin, auditListSchema.parse({ actor: admin.id, page: "1" }));
    const second = await listAuditEntries(admin, auditListSchema.parse({ actor: admin.id, page: "2" }));
    expect(first.rows).toHaveLength(1);
    expect(second.rows).toHaveLength(0);
    expect(second.total).toBe(1);
  });

  it.each(["viewer", "officer", "coordinator", "manager"] as const)("is refused to a %s", async (role) => {
    const actor = await createTestUser(role);
    await expect(listAuditEntries(actor, auditListSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getAuditFilterOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("audit log is append-only in the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of audit entries", async () => {
    const { sql } = await import("drizzle-orm");
    const { db } = await import("@/db/client");
    await db.execute(sql`INSERT INTO audit_entries (action, entity, summary) VALUES ('test', 'append_only_probe', 'probe')`);
    await expect(db.execute(sql`UPDATE audit_entries SET summary = 'tampered' WHERE entity = 'append_only_probe'`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_entries WHERE entity = 'append_only_probe'`)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_entries`)).rejects.toThrow();
    const rows = await db.execute(sql`SELECT summary FROM audit_entries WHERE entity = 'append_only_probe'`);
    expect((rows as unknown as { rows: Array<{ summary: string }> }).rows.map((r) => r.summary)).toEqual(["probe"]);
  });
});
