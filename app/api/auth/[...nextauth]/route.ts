import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

export const { POST } = handlers;

// The session id is what the server resolves on every request; a page script never needs it, so
// the JSON that Auth.js serves at /api/auth/session leaves it out (the cookie itself is httpOnly).
export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  if (!request.nextUrl.pathname.endsWith("/session") || !response.ok) return response;
  const session = (await response.json()) as { sid?: string; expires?: string } | null;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(session && { expires: session.expires }), { status: response.status, headers });
}
