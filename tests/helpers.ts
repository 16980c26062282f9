import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "../db/client";
import { users } from "../db/schema";
import type { Role } from "../lib/auth/policy";

// A cheap fixed hash: tests that need a real password set it with hashPassword themselves.
const PLACEHOLDER_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$placeholderplaceholderplaceholderplace";

export type TestUser = { id: string; email: string; name: string; role: Role };

export async function createTestUser(role: Role, overrides: Partial<typeof users.$inferInsert> = {}): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const [row] = await db
    .insert(users)
    .values({ email: `${role}-${tag}@test.example`, name: `Test ${role} ${tag}`, role, passwordHash: PLACEHOLDER_HASH, ...overrides })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  return row;
}

/** A unique label, so tests sharing one database never collide. */
export function unique(label: string): string {
  return `${label} ${randomUUID().slice(0, 8)}`;
}

/**
 * Switches the restricted-case policies of the test database off, or back on: tests run a
 * surface both ways, so that the application's own filter is shown to hold without the database.
 */
export async function setRowSecurity(on: boolean): Promise<void> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`SELECT DISTINCT tablename AS name FROM pg_policies WHERE schemaname = 'public' AND policyname = 'restricted_case_rule'`),
  );
  for (const { name } of tables) await db.execute(sql.raw(`ALTER TABLE "${name}" ${on ? "ENABLE" : "DISABLE"} ROW LEVEL SECURITY`));
}
