// npm run db:migrate
import "./env";
import { migrateDatabase } from "../db/migrate";

await migrateDatabase();
console.log("Migrations applied.");
