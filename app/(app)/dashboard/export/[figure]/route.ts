import { auditRead, filterSummary } from "@/lib/audit/read";
import { getCurrentUser } from "@/lib/auth/current-user";
import { figureTable } from "@/lib/dashboard/csv";
import { dashboardData } from "@/lib/dashboard/queries";
import { dashboardFigures, dashboardSchema, type DashboardFigure } from "@/lib/dashboard/schema";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { ForbiddenError } from "@/lib/errors";

// GET /dashboard/export/<figure>?<the dashboard's filters> → that figure as CSV (BOM, formula
// cells neutralized), counted exactly as the page counts it, restricted cases included only for
// those allowed to see them. Audited once counted (a refused export writes nothing).
export async function GET(request: Request, { params }: { params: Promise<{ figure: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { figure } = await params;
  if (!(dashboardFigures as readonly string[]).includes(figure)) return new Response("Not found.", { status: 404 });
  try {
    const filters = dashboardSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const data = await dashboardData(user, filters);
    const { headers, rows } = figureTable(data, figure as DashboardFigure);
    await auditRead(user, { action: "export", entity: "dashboard", entityId: figure, summary: `Dashboard figure ${figure} ${filterSummary(filters)}` });
    return csvResponse(`dashboard-${figure}`, toCsv(headers, rows));
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response(error.message, { status: 403 });
    throw error;
  }
}
