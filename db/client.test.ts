import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseKind, db, rowsOf } from "./client";

describe("the app's database sessions", () => {
  // PGlite is built without LLVM: there is no JIT to turn off.
  it.skipIf(process.env.DATABASE_URL === undefined)("run without JIT on PostgreSQL (see createPostgres)", async () => {
    expect(databaseKind()).toBe("postgres");
    const [row] = rowsOf<{ jit: string }>(await db.execute(sql`SHOW jit`));
    expect(row.jit).toBe("off");
  });
});
