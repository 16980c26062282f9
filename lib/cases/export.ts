import "server-only";
import { and, asc, gt, sql, type SQL } from "drizzle-orm";
import { keepActor } from "@/db/actor";
import { db } from "@/db/client";
import { cases } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { caseFilters } from "./queries";
import { caseStatusLabels, type CaseListParams } from "./schema";

export const caseExportHeaders = ["Name", "Name (own script)", "Other names", "Country", "Status", "Status since", "Restricted", "Charges", "Summary", "Tags", "Campaigns"];

const BATCH = 1000;

/**
 * Authorizes and records the export, then returns the batches to stream. The rows are the list's
 * filters, which always carry the visibility rule: a restricted case the user may not see is
 * never in the file.
 */
export const startCaseExport = dataAccess(async function startCaseExport(user: Acting, params: CaseListParams) {
  authorize(user, "contact.write"); // export belongs to the writers (README role table)
  const where = and(...caseFilters(user, params));
  await db.transaction((tx) => writeAudit(tx, user, { action: "export", entity: "case", summary: `Exported cases (${JSON.stringify(params)})` }));
  return { fileName: "cases", batches: keepActor(exportBatches(where)) };
});

// Keyset pagination by id: each batch is one indexed query, whatever the size of the export.
async function* exportBatches(where: SQL | undefined): AsyncGenerator<unknown[][]> {
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({
        id: cases.id,
        primaryName: cases.primaryName,
        nameNative: cases.nameNative,
        otherNames: sql<string | null>`(SELECT string_agg(n.name, '; ' ORDER BY n.created_at, n.name) FROM case_names n WHERE n.case_id = "cases"."id")`,
        country: cases.country,
        status: cases.status,
        statusSince: sql<string | null>`(SELECT max(h.changed_on)::text FROM case_status_history h WHERE h.case_id = "cases"."id" AND h.status = "cases"."status")`,
        restricted: cases.restricted,
        charges: cases.charges,
        summary: cases.summary,
        tags: cases.tags,
        campaigns: sql<string | null>`(SELECT string_agg(c.name, '; ' ORDER BY c.name) FROM case_campaigns cc JOIN campaigns c ON c.id = cc.campaign_id WHERE cc.case_id = "cases"."id")`,
      })
      .from(cases)
      .where(and(where, after ? gt(cases.id, after) : undefined))
      .orderBy(asc(cases.id))
      .limit(BATCH);
    if (rows.length === 0) return;
    yield rows.map((r) => [
      r.primaryName, r.nameNative, r.otherNames, r.country, caseStatusLabels[r.status], r.statusSince, r.restricted ? "yes" : "",
      r.charges, r.summary, r.tags, r.campaigns,
    ]);
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].id;
  }
}
