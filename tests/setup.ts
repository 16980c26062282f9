import { afterAll } from "vitest";
import { closeDatabase } from "../db/client";

// RSVP links are signed with the app's secret; tests run without .env.local.
process.env.AUTH_SECRET ||= "test-secret-test-secret-test-secret-123";
// Actions outside a request (the policy matrix) build RSVP links from the configured origin.
process.env.AUTH_URL ||= "http://localhost:3000";

// Close the pool (or PGlite) so the next file, or the database drop, is not kept waiting.
afterAll(async () => {
  await closeDatabase();
});
