// npm run db:seed: demo accounts and demo data, idempotent. Refused in production.
import "../env";
import { printDemoAccounts, seedIfEmpty } from "./seed-if-empty";

if (process.env.NODE_ENV === "production") {
  console.error("Refusing to seed demo data with NODE_ENV=production.");
  process.exit(1);
}
await seedIfEmpty(false);
printDemoAccounts();
