// One demo account per role. Never created when NODE_ENV=production.
import { sql } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../client";
import type { Role } from "../enums";
import { users } from "../schema";

export const demoAccounts: Array<{ role: Role; email: string; name: string }> = [
  { role: "admin", email: "admin@demo.test", name: "Ada Admin" },
  { role: "manager", email: "manager@demo.test", name: "Marta Manager" },
  { role: "coordinator", email: "coordinator@demo.test", name: "Colm Coordinator" },
  { role: "officer", email: "officer@demo.test", name: "Olena Officer" },
  { role: "viewer", email: "viewer@demo.test", name: "Viktor Viewer" },
];

export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || "advocacy-demo";
}

export type DemoUserIds = Record<Role, string>;

/** Creates the demo accounts that do not exist yet; returns their ids. */
export async function seedDemoUsers(db: Db): Promise<DemoUserIds> {
  if (process.env.NODE_ENV === "production") throw new Error("Demo accounts are never created in production.");
  const passwordHash = await hashPassword(demoPassword());
  await db
    .insert(users)
    .values(demoAccounts.map((a) => ({ email: a.email, name: a.name, role: a.role, passwordHash })))
    .onConflictDoNothing();
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(sql`lower(${users.email}) in ${demoAccounts.map((a) => a.email)}`);
  const ids = {} as DemoUserIds;
  for (const account of demoAccounts) {
    const row = rows.find((r) => r.email.toLowerCase() === account.email);
    if (!row) throw new Error(`Demo account ${account.email} is missing`);
    ids[account.role] = row.id;
  }
  return ids;
}
