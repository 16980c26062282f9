import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { isPgEnum, type PgEnum } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as appealsSchema from "../lib/appeals/schema";
import * as policy from "../lib/auth/policy";
import * as campaignsSchema from "../lib/campaigns/schema";
import * as workSchema from "../lib/campaigns/work-schema";
import * as casesSchema from "../lib/cases/schema";
import * as contactsSchema from "../lib/contacts/schema";
import * as eventsSchema from "../lib/events/schema";
import * as csvValues from "../lib/import/csv/values";
import * as incomingSchema from "../lib/incoming/schema";
import * as invitationsSchema from "../lib/invitations/schema";
import * as lettersSchema from "../lib/letters/schema";
import { db, rowsOf } from "./client";
import * as enums from "./enums";
import * as schema from "./schema";

// Every enum of the schema takes its values from db/enums.ts, every list of db/enums.ts feeds one
// enum, and the database's enum types hold the same values in the same order: a list edited
// without a migration fails here.

const pgEnums = Object.entries(schema as Record<string, unknown>).filter((entry): entry is [string, PgEnum<[string, ...string[]]>] => isPgEnum(entry[1]));
const lists = Object.entries(enums) as Array<[string, readonly string[]]>;
/** The db/enums.ts list with these values in this order (pgEnum keeps a copy of the array). */
const listName = (values: readonly string[]) => lists.find(([, list]) => JSON.stringify(list) === JSON.stringify(values))?.[0];

describe("db/enums.ts", () => {
  it("feeds every pgEnum of db/schema, each from its own list", () => {
    expect(pgEnums.length).toBeGreaterThanOrEqual(25);
    const unfed = pgEnums.filter(([, e]) => !listName(e.enumValues)).map(([name]) => name);
    expect(unfed).toEqual([]);
    const used = pgEnums.map(([, e]) => listName(e.enumValues));
    expect(new Set(used).size).toBe(pgEnums.length);
    // …and holds nothing else: a list that no enum uses is not a database enum.
    expect(lists.map(([name]) => name).sort()).toEqual([...used].sort());
  });

  it("is where db/schema's pgEnum calls take their values from, never a list written in place", () => {
    const dir = path.join(import.meta.dirname, "schema");
    const calls = readdirSync(dir)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => [...readFileSync(path.join(dir, file), "utf8").matchAll(/pgEnum\(\s*"(\w+)",\s*([^)]*?)\s*\)/g)].map((m) => ({ file, name: m[1], values: m[2] })));
    expect(calls.map((c) => c.name).sort()).toEqual(pgEnums.map(([, e]) => e.enumName).sort());
    for (const call of calls) expect(call.values, `${call.file}: pgEnum("${call.name}", …)`).toMatch(/^\w+$/);
    for (const call of calls) expect(Object.keys(enums), `${call.file}: pgEnum("${call.name}", ${call.values})`).toContain(call.values);
  });

  it("is what the database's enum types hold, value for value and in order", async () => {
    const rows = rowsOf<{ name: string; labels: string[] }>(
      await db.execute(sql`
        SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
          FROM pg_type t
          JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE n.nspname = 'public'
         GROUP BY t.typname`),
    );
    const inDatabase = Object.fromEntries(rows.map((r) => [r.name, r.labels]));
    const inSchema = Object.fromEntries(pgEnums.map(([, e]) => [e.enumName, [...e.enumValues]]));
    expect(inDatabase).toEqual(inSchema);
  });

  it("is what lib/ re-exports under its own names (no second copy of a list)", () => {
    const same: Array<[readonly string[], readonly string[]]> = [
      [policy.roles, enums.roles],
      [campaignsSchema.campaignStatuses, enums.campaignStatuses],
      [workSchema.goalMetrics, enums.campaignGoalMetrics],
      [casesSchema.caseStatuses, enums.caseStatuses],
      [incomingSchema.caseStartStatuses, enums.caseStatuses],
      [contactsSchema.institutionTypes, enums.institutionTypes],
      [contactsSchema.contactKinds, enums.contactKinds],
      [contactsSchema.parliamentaryBodies, enums.parliamentaryBodies],
      [csvValues.parliamentaryBodies, enums.parliamentaryBodies],
      [contactsSchema.activityKinds, enums.activityKinds],
      [appealsSchema.appealTypes, enums.appealTypes],
      [appealsSchema.appealStatuses, enums.appealStatuses],
      [appealsSchema.dispatchChannels, enums.dispatchChannels],
      [incomingSchema.incomingChannels, enums.incomingChannels],
      [incomingSchema.incomingStatuses, enums.incomingStatuses],
      [lettersSchema.letterKinds, enums.letterKinds],
      [lettersSchema.letterStatuses, enums.letterStatuses],
      [lettersSchema.signatoryStatuses, enums.signatoryStatuses],
      [eventsSchema.eventKinds, enums.eventKinds],
      [eventsSchema.eventForums, enums.eventForums],
      [eventsSchema.eventStatuses, enums.eventStatuses],
      [eventsSchema.taskCategories, enums.eventTaskCategories],
      [invitationsSchema.answers, enums.invitationAnswers],
      [invitationsSchema.attendances, enums.attendances],
    ];
    for (const [fromLib, fromEnums] of same) expect(fromLib).toBe(fromEnums);
  });
});
