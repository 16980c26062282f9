import { auditRead, filterSummary } from "@/lib/audit/read";
import { figureTable } from "@/lib/dashboard/csv";
import { dashboardData } from "@/lib/dashboard/queries";
import { dashboardFigures, dashboardSchema, type DashboardFigure } from "@/lib/dashboard/schema";
import { NotFoundError } from "@/lib/errors";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { userRoute } from "@/lib/route";

// GET /dashboard/export/<figure>?<the dashboard's filters> → that figure as CSV (BOM, formula
// cells neutralized), counted exactly as the page counts it, restricted cases included only for
// those allowed to see them. Audited once counted (a refused export writes nothing).
export const GET = userRoute<{ figure: string }>(async (user, request, { figure }) => {
  if (!(dashboardFigures as readonly string[]).includes(figure)) throw new NotFoundError();
  const filters = dashboardSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const data = await dashboardData(user, filters);
  const { headers, rows } = figureTable(data, figure as DashboardFigure);
  await auditRead(user, { action: "export", entity: "dashboard", entityId: figure, summary: `Dashboard figure ${figure} ${filterSummary(filters)}` });
  return csvResponse(`dashboard-${figure}`, toCsv(headers, rows));
});
