// Runs before every page request. Two jobs, neither of them authorization:
// 1. a per-request nonce for the Content-Security-Policy (Next.js adds it to its own scripts);
// 2. a convenience redirect of visitors without a session cookie to the sign-in page.
// Every page, action and route handler checks the session and the policy itself.
import { NextResponse, type NextRequest } from "next/server";

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

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const id = requestId(request);
  const isPublic = publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));

  // Server actions: Next.js refuses a foreign Origin but lets a POST without one (or "null", from a
  // sandboxed frame) through. Every browser sends Origin on POST, so such a request is forged.
  const origin = request.headers.get("origin");
  if (request.method === "POST" && !pathname.startsWith("/api/auth/") && (!origin || origin === "null")) {
    return new NextResponse("Cross-origin request refused.", { status: 403 });
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
