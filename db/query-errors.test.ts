// What a person typed must not reach the logs through a failed statement: not through our logger
// (errorFields), and not through Next.js printing the error that escaped a page (console.error,
// i.e. util.inspect: message, stack, own properties and cause).
import { format, inspect } from "node:util";
import { and, eq, gte, ilike } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appeals, users } from "@/db/schema";
import { errorFields, log } from "@/lib/log";
import { db } from "./client";
import { QueryError, redactQueryError } from "./query-errors";

// Distinctive values, as typed into a search box or an address.
const typedWords = "Zqx7 Marfa Volkonskaya";
const typedId = "Zqx7-Kropotkina";
const year10000 = new Date(Date.UTC(10000, 0, 1)); // what ?to=9999-12-31 once became: "+010000-01-01T…"

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("the statement did not fail");
}

/** Everything written to stdout and stderr while `fn` runs. */
async function captured(fn: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const keep = (chunk: unknown) => (lines.push(String(chunk)), true);
  const out = vi.spyOn(process.stdout, "write").mockImplementation(keep);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(keep);
  try {
    await fn();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return lines.join("");
}

const failures = [
  {
    name: "a search with an overflowing date (/appeals?q=…&to=9999-12-31)",
    typed: typedWords,
    run: () => db.select({ id: appeals.id }).from(appeals).where(and(ilike(appeals.title, `%${typedWords}%`), gte(appeals.createdAt, year10000))),
  },
  {
    name: "a value PostgreSQL rejects and quotes in its message (invalid uuid)",
    typed: typedId,
    run: () => db.select({ id: users.id }).from(users).where(eq(users.id, typedId)),
  },
  {
    name: "the same inside a transaction",
    typed: typedId,
    run: () => db.transaction((tx) => tx.select({ id: users.id }).from(users).where(eq(users.id, typedId))),
  },
];

describe("a failed statement's error", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(failures)("carries no parameter: $name", async ({ typed, run }) => {
    const error = await failure(run);
    expect(error).toBeInstanceOf(QueryError);
    const code = (error as QueryError).code;
    expect(code).toMatch(/^[0-9A-Z]{5}$/);

    // Our logger.
    const written = await captured(async () => {
      await log.error("request failed", errorFields(error));
    });
    expect(written).toContain(code);
    // Next.js's print of an error that escaped a page or route handler.
    const printed = [format(error), inspect(error, { depth: 10, showHidden: false }), String(error), (error as Error).stack ?? "", JSON.stringify(error)].join("\n");
    for (const text of [written, printed]) {
      expect(text).not.toContain(typed);
      for (const word of typed.split(/[\s-]+/)) expect(text).not.toContain(word);
      expect(text).not.toMatch(/params:\s*\S/);
    }
  });

  it("keeps the SQLSTATE and the constraint, so unique violations are still recognized", async () => {
    const email = `zqx7-${Date.now()}@test.example`;
    const row = { email, name: "Zqx7 duplicate", role: "viewer" as const, passwordHash: "x" };
    await db.insert(users).values(row);
    const error = await failure(() => db.insert(users).values(row));
    expect(error).toMatchObject({ name: "QueryError", code: "23505" });
    expect((error as QueryError).constraint).toBeTruthy();
    expect(inspect(error, { depth: 10 })).not.toContain(email);
    expect(inspect(error, { depth: 10 })).not.toContain("zqx7");
  });

  it("leaves other errors alone", () => {
    const plain = new Error("not a query");
    expect(redactQueryError(plain)).toBe(plain);
    expect(redactQueryError("text")).toBe("text");
  });
});
