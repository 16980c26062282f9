// GET /healthz for load balancers and uptime checks: 200 {"status":"ok"} when the database
// answers, 503 {"status":"unavailable"} when it does not. Public (listed in proxy.ts), so it says
// nothing else: no version, no error, no timing.
import { databaseIsUp } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const up = await databaseIsUp();
  return Response.json(
    { status: up ? "ok" : "unavailable" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store, max-age=0" } },
  );
}
