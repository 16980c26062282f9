import { count } from "drizzle-orm";
import { createDatabase } from "../../db/client";
import { seedDemoData } from "../../db/seed";
import { demoAccounts, demoPassword, seedDemoUsers } from "../../db/seed/users";
import { users } from "../../db/schema";

/** Seeds demo accounts and demo data; with onlyIfEmpty, only into a database without users. */
export async function seedIfEmpty(onlyIfEmpty = true): Promise<void> {
  const handle = createDatabase();
  try {
    const [{ n }] = await handle.db.select({ n: count() }).from(users);
    if (onlyIfEmpty && n > 0) return;
    const ids = await seedDemoUsers(handle.db);
    const result = await seedDemoData(handle.db, ids);
    console.log(result.inserted ? "Demo data seeded." : "Demo data already present.");
  } finally {
    await handle.close();
  }
}

export function printDemoAccounts(): void {
  const password = demoPassword();
  console.log("\nDemo accounts (password: %s):", process.env.DEMO_PASSWORD ? "from DEMO_PASSWORD" : password);
  for (const a of demoAccounts) console.log(`  ${a.role.padEnd(12)} ${a.email}`);
  console.log("");
}
