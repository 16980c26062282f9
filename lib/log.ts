// Structured logs: one JSON object per line, info to stdout, warn/error to stderr.
// The app holds data about people at risk, so what may be logged is an allow-list of field names
// with plain values: a field not on the list is written as "[redacted]", never as its value.
// Passwords, tokens, cookies, e-mail bodies and case details therefore cannot slip into the logs
// through a new call site; extending the list is a deliberate, reviewed change.

export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

/** Field names whose values are safe to write: ids, names of things, counts, codes. */
export const allowedFields = new Set([
  "requestId",
  "userId",
  "action",
  "entity",
  "entityId",
  "errorName",
  "errorMessage",
  "errorCode",
  "method",
  "path",
  "status",
  "durationMs",
  "signal",
  "count",
  "kind",
  "jobId",
  "reason",
]);

const MAX_STRING = 300;
const emailPattern = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[^\s@"'<>()]+/g;

function safeValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") {
    // E-mail addresses are personal data even inside an error message.
    const text = value.replace(emailPattern, "[email]");
    return text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
  }
  // Objects and arrays could carry anything (a whole form, a row): never serialized.
  return "[redacted]";
}

/** The object that is written: fixed fields first, then allowed fields, others redacted. */
export function redact(level: LogLevel, msg: string, fields: LogFields = {}, now = new Date()): Record<string, unknown> {
  const line: Record<string, unknown> = { time: now.toISOString(), level, msg: safeValue(msg) };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || key === "time" || key === "level" || key === "msg") continue;
    line[key] = allowedFields.has(key) ? safeValue(value) : "[redacted]";
  }
  return line;
}

const sqlStatePattern = /^[0-9A-Z]{5}$/;
/** SQLSTATE classes whose messages quote only names (constraints, tables, columns), never values. */
const namesOnlyClasses = new Set(["23", "42"]);
const failedQueryPattern = /failed query:|params:/i;

/**
 * A database error's message without the values it may quote. PostgreSQL puts the rejected input
 * in the message of a data exception (`invalid input syntax for type uuid: "…"`), and a wrapper
 * may append the statement's parameters (`params: …`): both are what a person typed.
 */
export function redactDatabaseMessage(message: string, code?: unknown): string {
  // Whatever follows "params:" is the bound values, whoever wrote it.
  let text = message.replace(/params:[\s\S]*$/i, "params: [redacted]");
  if (typeof code === "string" && sqlStatePattern.test(code) && !namesOnlyClasses.has(code.slice(0, 2))) {
    // Greedy, first to last quote: a value may itself contain a quote.
    text = text.replace(/"[\s\S]*"/, '"[redacted]"');
  }
  return text;
}

const codeOf = (error: Error): string | undefined => {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
};

/**
 * Name, message and SQLSTATE of an error; never its stack or attached data. Redacted by shape,
 * not by name (a class name does not survive bundling): when an error wraps another (`cause`),
 * the innermost one's message is written, never the wrapper's, which may repeat the failed
 * statement with its parameters (drizzle's "Failed query: … params: …"); a message that looks
 * like a failed query is not written at all; database messages lose the values they quote.
 */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const chain: Error[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < 10; e = e.cause) chain.push(e);
  const inner = chain[chain.length - 1];
  // The SQLSTATE where there is one along the chain, else the first code.
  const codes = chain.map(codeOf).filter((c): c is string => c !== undefined);
  const errorCode = codes.find((c) => sqlStatePattern.test(c)) ?? codes[0];
  const message =
    inner === error && failedQueryPattern.test(error.message) ? "Failed query (statement and parameters withheld)" : redactDatabaseMessage(inner.message, errorCode);
  return { errorName: error.name, errorMessage: message, errorCode };
}

const rank: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 };

/** LOG_LEVEL=warn or error leaves out the lower levels; tests default to warn (no audit lines). */
function threshold(): LogLevel {
  const level = process.env.LOG_LEVEL;
  if (level === "info" || level === "warn" || level === "error") return level;
  return process.env.VITEST ? "warn" : "info";
}

function write(level: LogLevel, msg: string, fields?: LogFields): void {
  if (rank[level] < rank[threshold()]) return;
  const text = JSON.stringify(redact(level, msg, fields));
  if (level === "info") process.stdout.write(`${text}\n`);
  else process.stderr.write(`${text}\n`);
}

/**
 * The request id proxy.ts put on the request, when called while serving one; undefined in
 * scripts, tests and background work.
 */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}

async function writeWithRequest(level: LogLevel, msg: string, fields?: LogFields): Promise<void> {
  if (rank[level] < rank[threshold()]) return;
  const requestId = fields?.requestId ?? (await currentRequestId());
  write(level, msg, { requestId, ...fields });
}

/**
 * `log.info(...)` and friends add the request id when there is one. They never throw and need
 * not be awaited; awaiting keeps the lines in order with what follows.
 */
export const log = {
  info: (msg: string, fields?: LogFields) => writeWithRequest("info", msg, fields).catch(() => undefined),
  warn: (msg: string, fields?: LogFields) => writeWithRequest("warn", msg, fields).catch(() => undefined),
  error: (msg: string, fields?: LogFields) => writeWithRequest("error", msg, fields).catch(() => undefined),
};
