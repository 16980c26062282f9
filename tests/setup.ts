import { afterAll } from "vitest";
import { closeDatabase } from "../db/client";

// Close the pool (or PGlite) so the next file, or the database drop, is not kept waiting.
afterAll(async () => {
  await closeDatabase();
});
