import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEntries } from "@/db/schema";
import { ForbiddenError, StaleError, ValidationError } from "@/lib/errors";
import { createTestUser, unique, type TestUser } from "@/tests/helpers";
import { getCampaign, listCampaigns } from "./queries";
import { archiveCampaign, createCampaign, restoreCampaign, updateCampaign } from "./mutations";
import { campaignFormSchema, campaignListSchema, type CampaignFormValues } from "./schema";

const values = (name: string): CampaignFormValues =>
  campaignFormSchema.parse({ name, summary: "Release of a political prisoner", description: "", status: "active", startsOn: "2026-01-10", endsOn: "" });

let manager: TestUser;
let admin: TestUser;
let viewer: TestUser;
let officer: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  [manager, admin, viewer, officer, coordinator] = await Promise.all(
    (["manager", "admin", "viewer", "officer", "coordinator"] as const).map((r) => createTestUser(r)),
  );
});

describe("campaigns", () => {
  it("creates, edits with the version check, archives and restores, auditing each step", async () => {
    const name = unique("Free Iskander Yerimbetov");
    const { id } = await createCampaign(manager, values(name));
    const created = await getCampaign(viewer, id);
    expect(created).toMatchObject({ name, status: "active", version: 1, ownerName: manager.name });

    const { version } = await updateCampaign(admin, { id, version: 1, values: { ...values(name), summary: "Changed" } });
    expect(version).toBe(2);
    // A second editor still holding version 1 is refused, and nothing is overwritten.
    await expect(updateCampaign(manager, { id, version: 1, values: { ...values(name), summary: "Stale" } })).rejects.toBeInstanceOf(StaleError);
    expect((await getCampaign(manager, id)).summary).toBe("Changed");

    await archiveCampaign(manager, { id, version: 2 });
    const archived = await getCampaign(manager, id);
    expect(archived.status).toBe("archived");
    await expect(updateCampaign(manager, { id, version: 3, values: values(name) })).rejects.toBeInstanceOf(ValidationError);
    await restoreCampaign(manager, { id, version: 3 });
    expect((await getCampaign(manager, id)).status).toBe("active");

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, "campaign"), eq(auditEntries.entityId, id))).orderBy(auditEntries.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "archive", "restore"]);
    expect(audit[1]).toMatchObject({ actorId: admin.id, changes: { summary: { before: "Release of a political prisoner", after: "Changed" } } });
    expect(audit[1].changes).not.toHaveProperty("searchText");
  });

  it("refuses every change to roles without campaign.write, and to nobody", async () => {
    const { id } = await createCampaign(manager, values(unique("Magnitsky sanctions")));
    for (const user of [viewer, officer, coordinator]) {
      await expect(createCampaign(user, values("x campaign"))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateCampaign(user, { id, version: 1, values: values("x campaign") })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(archiveCampaign(user, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(restoreCampaign(user, { id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    // @ts-expect-error: an anonymous caller has no user at all
    await expect(listCampaigns(null, campaignListSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getCampaign(manager, id)).version).toBe(1);
  });

  it("finds campaigns across scripts, accents and typos, and filters and pages in SQL", async () => {
    const tag = unique("").trim();
    await createCampaign(manager, values(`Жанара Ахметова ${tag}`));
    await createCampaign(manager, values(`Auštrevičius hearing ${tag}`));
    const search = (q: string) => listCampaigns(viewer, campaignListSchema.parse({ q, status: "all" }));

    expect((await search(`zhanara akhmetova ${tag}`)).rows.map((r) => r.name)).toContain(`Жанара Ахметова ${tag}`);
    expect((await search(`Akhmetva ${tag}`)).rows.map((r) => r.name)).toContain(`Жанара Ахметова ${tag}`);
    expect((await search(`austrevicius ${tag}`)).rows.map((r) => r.name)).toContain(`Auštrevičius hearing ${tag}`);
    expect((await search(`${tag}`)).total).toBe(2);

    const page = await listCampaigns(viewer, campaignListSchema.parse({ status: "all", sort: "name", page: "1" }));
    expect(page.rows.length).toBeLessThanOrEqual(page.pageSize);
    expect(page.total).toBeGreaterThanOrEqual(2);
  });

  it("parses list parameters from the URL defensively", () => {
    expect(campaignListSchema.parse({ status: "nonsense", page: "-3", sort: "x" })).toEqual({ q: "", status: "current", sort: "updated", page: 1 });
  });

  it("rejects an end date before the start date", () => {
    const r = campaignFormSchema.safeParse({ ...values("Dates"), startsOn: "2026-05-01", endsOn: "2026-04-01" });
    expect(r.success).toBe(false);
  });
});
