// npm run user:create -- --email a@b.org --name "Name" --role admin [--must-change-password]
// Creates an account from the command line: how the first admin exists in production, where demo
// accounts never do. The password comes from NEW_USER_PASSWORD or is asked for on the terminal.
// Writes with drizzle directly: the data-access layer is "server-only" and needs a session user.
import "./env";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { createDatabase } from "../db/client";
import { auditEntries, users } from "../db/schema";
import { diffChanges } from "../lib/audit/diff";
import { hashPassword } from "../lib/auth/password";
import { roles } from "../lib/auth/policy";
import { passwordRule } from "../lib/auth/schema";

const usage = `Usage: npm run user:create -- --email a@b.org --name "Full Name" --role ${roles.join("|")} [--must-change-password]
The password is read from NEW_USER_PASSWORD, or asked for when that is unset.`;

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().email("--email: not a valid e-mail address").max(320),
  name: z.string().trim().min(2, "--name: at least 2 characters").max(200),
  role: z.enum(roles, { message: `--role: one of ${roles.join(", ")}` }),
  password: passwordRule,
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) console.error("NEW_USER_PASSWORD is not set; reading the password from standard input.");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const first = await rl.question("Password (at least 12 characters): ");
    if (!process.stdin.isTTY) return first;
    const second = await rl.question("Same password again: ");
    if (first !== second) fail("The two passwords differ. Nothing was created.");
    return first;
  } finally {
    rl.close();
  }
}

const options = {
  email: { type: "string" },
  name: { type: "string" },
  role: { type: "string" },
  "must-change-password": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

function readArgs() {
  try {
    return parseArgs({ options, strict: true }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
}

const args = readArgs();
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (!args.email || !args.name || !args.role) fail(usage);

const explain = (error: z.ZodError) => error.issues.map((i) => `${i.path[0] === "password" ? "password: " : ""}${i.message}`).join("\n");
// The arguments are checked before the password is asked for, so a typo costs no typing.
const checkedArgs = argsSchema.omit({ password: true }).safeParse(args);
if (!checkedArgs.success) fail(explain(checkedArgs.error));
const password = process.env.NEW_USER_PASSWORD || (await askPassword());
const parsed = argsSchema.safeParse({ ...checkedArgs.data, password });
if (!parsed.success) fail(explain(parsed.error));
const values = parsed.data;

const handle = createDatabase();
try {
  const passwordHash = await hashPassword(values.password);
  const created = await handle.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${values.email}`);
    if (existing) return null;
    const [row] = await tx
      .insert(users)
      .values({ email: values.email, name: values.name, role: values.role, passwordHash, mustChangePassword: args["must-change-password"] })
      .returning();
    // Same transaction as the insert; no actor: nobody was signed in. diffChanges drops the hash.
    await tx.insert(auditEntries).values({
      actorId: null,
      actorEmail: null,
      action: "create",
      entity: "user",
      entityId: row.id,
      summary: "created from the command line",
      changes: diffChanges(null, row),
    });
    return row;
  });
  if (!created) fail(`A user with the e-mail address ${values.email} already exists. Nothing was created.`);
  console.log(`Created ${created.role} ${created.email} (${created.id}).`);
} catch (error) {
  const message = (error as Error).message ?? String(error);
  fail(`Could not create the user: ${message}\nIs the database migrated (npm run db:migrate)?`);
} finally {
  await handle.close();
}
