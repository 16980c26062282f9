// Out-of-range dates in the address crashed pages (year 10000 has no ISO form PostgreSQL reads;
// year 1 is before the calendars of the queries). The lists read their dates with lib/dates.ts:
// whatever the URL says, the data functions get a day between 1900 and 2100, or none, and run.
import { beforeAll, describe, expect, it } from "vitest";
import { countAppealsByStatus, listAppeals } from "@/lib/appeals/queries";
import { appealListSchema } from "@/lib/appeals/schema";
import { auditListSchema, listAuditEntries } from "@/lib/audit/queries";
import { listContacts } from "@/lib/contacts/queries";
import { contactListSchema } from "@/lib/contacts/schema";
import { figureTable } from "@/lib/dashboard/csv";
import { dashboardData } from "@/lib/dashboard/queries";
import { dashboardSchema } from "@/lib/dashboard/schema";
import { calendarEvents } from "@/lib/events/calendar-queries";
import { listEvents } from "@/lib/events/list";
import { calendarSchema, eventListSchema } from "@/lib/events/schema";
import { createTestUser, type TestUser } from "@/tests/helpers";

// The query strings of the report, and the edges of the range (which do reach the queries).
const hostile = [{ to: "9999-12-31" }, { from: "0001-01-01" }, { to: "2024-02-30" }, { from: "9999-12-31", to: "0001-01-01" }, { from: "+010000-01-01" }];
const edges = [{ from: "1900-01-01" }, { to: "2100-12-31" }, { from: "1900-01-01", to: "2100-12-31" }, { from: "2100-12-31" }, { to: "1900-01-01" }];
const months = ["9999-12", "0001-01", "2024-13", "1900-01", "2100-12"];

let manager: TestUser;
let admin: TestUser;

beforeAll(async () => {
  [manager, admin] = await Promise.all([createTestUser("manager"), createTestUser("admin")]);
});

describe("out-of-range dates in the address", () => {
  it("are ignored by every list's parameters", () => {
    for (const query of hostile) {
      const given = Object.keys(query) as Array<"from" | "to">;
      for (const schema of [dashboardSchema, appealListSchema, eventListSchema]) {
        const parsed = schema.parse(query);
        for (const key of given) expect(parsed[key], `${key}=${query[key as keyof typeof query]}`).toBe("");
      }
      const audit = auditListSchema.parse(query);
      for (const key of given) expect(audit[key]).toBeUndefined();
    }
    expect(calendarSchema.parse({ month: "9999-12" }).month).toBe("");
  });

  it.each([...hostile, ...edges].map((q) => [JSON.stringify(q), q] as const))("the dashboard, its CSV figure and the lists run with %s", async (_label, query) => {
    const dashboard = await dashboardData(manager, dashboardSchema.parse(query));
    expect(figureTable(dashboard, "summary").rows.length).toBeGreaterThan(0);
    expect(figureTable(dashboard, "appeals-per-month").rows.length).toBeGreaterThan(0);
    await listAppeals(manager, appealListSchema.parse({ q: "zz-date-range", ...query }));
    await countAppealsByStatus(manager, appealListSchema.parse({ q: "zz-date-range", ...query }));
    await listAppeals(manager, appealListSchema.parse({ ...query, dated: "sent" }));
    await listEvents(manager, eventListSchema.parse({ ...query, when: "all" }));
    await listAuditEntries(admin, auditListSchema.parse(query));
    await listContacts(manager, contactListSchema.parse({ notContactedSince: query.to ?? query.from }));
  });

  it.each(months)("the calendar runs with month=%s", async (raw) => {
    // As the page does: the current month when the address gives none that can be used.
    const month = calendarSchema.parse({ month: raw }).month || new Date().toISOString().slice(0, 7);
    await expect(calendarEvents(manager, month)).resolves.toBeInstanceOf(Array);
  });
});
