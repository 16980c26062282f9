// Runs before every page request. Two jobs, neither of them authorization:
// 1. a per-request nonce for the Content-Security-Policy (Next.js adds it to its own scripts);
// 2. a convenience redirect of visitors without a session cookie to the sign-in page.
// Every page, action and route handler checks the session and the policy itself.
import { NextResponse, type NextRequest } from "next/server";
import { bodyTooLargeMessage, contentLengthTooLarge, MAX_REQUEST_BODY_BYTES } from "@/lib/uploads/file-size";

const publicPaths = ["/login", "/api/auth", "/rsvp", "/healthz"];
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    // React's dev build evaluates code for its call stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// A reverse proxy's own request id is kept so its logs and ours line up, but only if it looks
// like an id: anything else (long, or with characters that could forge log lines) is replaced.
const safeRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

function requestId(request: NextRequest): string {
  const incoming = request.headers.get("x-request-id");
  return incoming && safeRequestId.test(incoming) ? incoming : crypto.randomUUID();
}

/**
 * The host the browser addressed, as Next.js reads it for its own server-action check: the first
 * X-Forwarded-Host (set by a reverse proxy, or by Next.js from Host when there is none), else Host.
 */
function requestHost(request: NextRequest): string | undefined {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return (forwarded || request.headers.get("host") || undefined)?.toLowerCase();
}

/** The host of an Origin header ("null" and malformed values have none). */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a body sent without Content-Length (chunked) is over the limit. Next.js buffers a little
 * more than the limit for the proxy (proxyClientMaxBodySize), so an oversized body reads as more.
 */
async function chunkedBodyTooLarge(request: NextRequest): Promise<boolean> {
  if (!request.body) return false;
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > MAX_REQUEST_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      return true;
    }
  }
}

const refused = (status: number, text: string) =>
  new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const id = requestId(request);
  const isPublic = publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));

  // Server actions: Next.js lets a POST without Origin (or "null", from a sandboxed frame) through;
  // every browser sends Origin on POST, so such a request is forged. A foreign Origin Next.js does
  // refuse, but as a 500: it is answered here first, with the same comparison Next.js makes
  // (Origin's host against X-Forwarded-Host, else Host). Auth.js checks its own requests.
  const origin = request.headers.get("origin");
  if (request.method === "POST" && !pathname.startsWith("/api/auth/")) {
    const fromHost = origin && origin !== "null" ? originHost(origin) : undefined;
    if (!fromHost || fromHost !== requestHost(request)) return refused(403, "Cross-origin request refused.");
  }

  // Bodies over the one transport limit (lib/uploads/limits.mjs) are refused before anything reads
  // them: past it Next.js would answer a server action with a 500, or hand it a truncated body.
  if (request.method === "POST" || request.method === "PUT" || request.method === "PATCH") {
    const tooLarge = contentLengthTooLarge(request.headers.get("content-length")) ?? (await chunkedBodyTooLarge(request));
    if (tooLarge) return refused(413, bodyTooLargeMessage);
  }

  if (!isPublic && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    const redirect = NextResponse.redirect(url);
    redirect.headers.set("x-request-id", id);
    return redirect;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("x-request-id", id);
  headers.set("Content-Security-Policy", csp);
  // The path, for the app layout's record check (lib/record-gate.ts); set here, never taken from the client.
  headers.set("x-pathname", pathname);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // Pages hold data about people at risk: never keep them in a shared or browser cache.
  response.headers.set("Cache-Control", "private, no-store, max-age=0");
  response.headers.set("x-request-id", id);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
