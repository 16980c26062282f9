import { afterEach, describe, expect, it, vi } from "vitest";
import { DrizzleQueryError } from "drizzle-orm";
import { allowedFields, errorFields, log, redact, redactDatabaseMessage } from "./log";

describe("log redaction", () => {
  const now = new Date("2025-01-02T03:04:05.000Z");

  it("keeps the fixed fields and the allowed ones", () => {
    expect(redact("info", "audit", { requestId: "abc-123", userId: "u1", action: "case.update", entity: "case", entityId: "c1", count: 3 }, now)).toEqual({
      time: "2025-01-02T03:04:05.000Z",
      level: "info",
      msg: "audit",
      requestId: "abc-123",
      userId: "u1",
      action: "case.update",
      entity: "case",
      entityId: "c1",
      count: 3,
    });
  });

  it("writes fields that are not on the allow-list as [redacted], whatever their name", () => {
    const line = redact("error", "x", { password: "hunter2", token: "t0k3n", cookie: "authjs.session-token=s", body: "Dear minister", summary: "Detained in Minsk", anything: 1 }, now);
    for (const key of ["password", "token", "cookie", "body", "summary", "anything"]) expect(line[key]).toBe("[redacted]");
    expect(JSON.stringify(line)).not.toMatch(/hunter2|t0k3n|session-token|Dear minister|Minsk/);
  });

  it("never serializes objects or arrays, even under an allowed name", () => {
    const line = redact("info", "x", { action: { password: "hunter2" }, entityId: ["a", "b"] }, now);
    expect(line.action).toBe("[redacted]");
    expect(line.entityId).toBe("[redacted]");
  });

  it("masks e-mail addresses and cuts long strings", () => {
    const line = redact("error", "x", { errorMessage: `user alice@example.org not found ${"y".repeat(500)}` }, now);
    expect(line.errorMessage).toMatch(/^user \[email\] not found y+…$/);
    expect(String(line.errorMessage).length).toBeLessThanOrEqual(301);
  });

  it("cannot overwrite time, level or msg", () => {
    const line = redact("warn", "real", { time: "fake", level: "info", msg: "fake" }, now);
    expect(line).toEqual({ time: "2025-01-02T03:04:05.000Z", level: "warn", msg: "real" });
  });

  it("does not allow anything that names a secret or content", () => {
    for (const name of allowedFields) expect(name).not.toMatch(/pass|token|secret|cookie|body|email|content|summary|detail/i);
  });

  it("describes an error by name, message and code only", () => {
    const err = Object.assign(new Error("duplicate key value violates unique constraint \"users_email_unique\""), { code: "23505", detail: "Key (email)=(a@b.org) already exists." });
    expect(errorFields(err)).toEqual({ errorName: "Error", errorMessage: err.message, errorCode: "23505" });
    const wrapped = Object.assign(new Error("Failed query: insert into users ... params: secret"), { name: "DrizzleQueryError", cause: err });
    expect(errorFields(wrapped)).toEqual({ errorName: "DrizzleQueryError", errorMessage: err.message, errorCode: "23505" });
  });

  it("redacts a wrapped query error by its shape: drizzle's error is named plain \"Error\" at run time", async () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "Zqx7 typed"'), { code: "22P02", detail: "Zqx7 detail" });
    const wrapped = new DrizzleQueryError('select "id" from "users" where "id" = $1', ["Zqx7 typed", "alice@example.org"], cause);
    expect(wrapped.name).toBe("Error");
    const fields = errorFields(wrapped);
    expect(fields).toEqual({ errorName: "Error", errorMessage: 'invalid input syntax for type uuid: "[redacted]"', errorCode: "22P02" });

    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await log.error("x", errorFields(wrapped));
    const line = String(err.mock.calls[0][0]);
    err.mockRestore();
    expect(JSON.parse(line)).toMatchObject({ msg: "x", errorCode: "22P02" });
    expect(line).not.toMatch(/Zqx7|alice|params/);
  });

  it("never writes a failed query's statement or parameters, whoever wrapped it", () => {
    const bare = new Error('Failed query: select * from appeals where title ilike $1\nparams: %Zqx7%');
    expect(errorFields(bare).errorMessage).toBe("Failed query (statement and parameters withheld)");
    const inner = new Error("something params: Zqx7 secret");
    expect(errorFields(new Error("outer", { cause: inner })).errorMessage).toBe("something params: [redacted]");
    // Any wrapper: the innermost cause's message and the SQLSTATE found along the chain.
    const pg = Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" });
    expect(errorFields(new Error("Zqx7 wrapper", { cause: new Error("middle", { cause: pg }) }))).toEqual({
      errorName: "Error",
      errorMessage: pg.message,
      errorCode: "57014",
    });
  });

  it("keeps the names integrity and syntax errors quote, and drops the values data errors quote", () => {
    expect(redactDatabaseMessage('duplicate key value violates unique constraint "users_email_key"', "23505")).toContain('"users_email_key"');
    expect(redactDatabaseMessage('column "zz" does not exist', "42703")).toContain('"zz"');
    expect(redactDatabaseMessage('date/time field value out of range: "10000-01-01"', "22008")).toBe('date/time field value out of range: "[redacted]"');
    expect(redactDatabaseMessage('invalid input value for enum appeal_status: "a"b"', "22P02")).toBe('invalid input value for enum appeal_status: "[redacted]"');
    expect(redactDatabaseMessage('connect ECONNREFUSED "127.0.0.1"', "ECONNREFUSED")).toContain("127.0.0.1");
  });
});

describe("log output", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.LOG_LEVEL;
  });

  it("writes one JSON line per call, info to stdout and errors to stderr", async () => {
    process.env.LOG_LEVEL = "info";
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await log.info("hello", { action: "x", password: "p" });
    await log.error("boom", { errorName: "TypeError" });
    expect(out).toHaveBeenCalledTimes(1);
    expect(err).toHaveBeenCalledTimes(1);
    const line = String(out.mock.calls[0][0]);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(line)).toMatchObject({ level: "info", msg: "hello", action: "x", password: "[redacted]" });
    expect(JSON.parse(String(err.mock.calls[0][0]))).toMatchObject({ level: "error", msg: "boom", errorName: "TypeError" });
  });

  it("leaves out levels below LOG_LEVEL", async () => {
    process.env.LOG_LEVEL = "error";
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await log.info("quiet");
    await log.warn("quiet");
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
  });
});
