import { describe, expect, it } from "vitest";
import { createCampaign } from "@/lib/campaigns/mutations";
import { listCampaigns } from "@/lib/campaigns/queries";
import { campaignFormSchema, campaignListSchema } from "@/lib/campaigns/schema";
import { createTestUser, unique } from "@/tests/helpers";

// textMatch is exercised through a real list query on a real database.
describe("textMatch", () => {
  it("requires every word, in any order and far apart, tolerating typos and scripts", async () => {
    const manager = await createTestUser("manager");
    const tag = unique("m").replace(" ", "");
    const make = (name: string) =>
      createCampaign(manager, campaignFormSchema.parse({ name: `${name} ${tag}`, summary: "", description: "", status: "active", startsOn: "", endsOn: "" }));
    await make("Letter to the President of the Republic of Kazakhstan");
    await make("Hearing on Kazakhstan prisons");
    const names = async (q: string) =>
      (await listCampaigns(manager, campaignListSchema.parse({ q: `${q} ${tag}`, status: "all" }))).rows.map((r) => r.name.replace(` ${tag}`, ""));

    expect(await names("kazakhstan president")).toEqual(["Letter to the President of the Republic of Kazakhstan"]);
    expect(await names("Казахстан")).toHaveLength(2);
    expect(await names("prisons kazakhstn")).toEqual(["Hearing on Kazakhstan prisons"]);
    expect(await names("president prisons")).toEqual([]);
  });
});
