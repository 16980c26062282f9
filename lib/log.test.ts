import { afterEach, describe, expect, it, vi } from "vitest";
import { allowedFields, errorFields, log, redact } from "./log";

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
