// proxy.ts's refusals, called as Next.js calls it: a foreign Origin on a POST is a 403, a body over
// the transport limit a 413 — declared in Content-Length or sent chunked without one.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/uploads/file-size";

const session = "authjs.session-token=x";

function post(headers: Record<string, string>, body?: BodyInit, url = "http://localhost:3000/lists") {
  return new NextRequest(url, { method: "POST", headers: { host: "localhost:3000", cookie: session, "next-action": "0123abcd", ...headers }, body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
}

function chunked(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const n = Math.min(64 * 1024, size - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n));
    },
  });
}

describe("proxy.ts refusals", () => {
  it("refuses a server action from a foreign origin, a missing or null Origin with 403", async () => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "null", "not a url"]) {
      const res = await proxy(post({ origin }));
      expect(res.status, origin).toBe(403);
      expect(await res.text()).toBe("Cross-origin request refused.");
    }
    const none = await proxy(post({}));
    expect(none.status).toBe(403);
  });

  it("compares Origin with X-Forwarded-Host when a reverse proxy sets it, as Next.js does", async () => {
    expect((await proxy(post({ origin: "https://desk.example.org", "x-forwarded-host": "desk.example.org, internal:3000" }))).status).toBe(200);
    expect((await proxy(post({ origin: "http://localhost:3000", "x-forwarded-host": "desk.example.org" }))).status).toBe(403);
    expect((await proxy(post({ origin: "https://evil.example", "x-forwarded-host": "desk.example.org" }))).status).toBe(403);
  });

  it("lets the app's own origin through", async () => {
    const res = await proxy(post({ origin: "http://localhost:3000" }, "[]"));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("answers a body over the transport limit with 413, by Content-Length", async () => {
    const res = await proxy(post({ origin: "http://localhost:3000", "content-length": String(MAX_REQUEST_BODY_BYTES + 1) }));
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/too large.*10 MB/);
    expect((await proxy(post({ origin: "http://localhost:3000", "content-length": String(MAX_REQUEST_BODY_BYTES) }))).status).toBe(200);
  });

  it("answers a chunked body over the limit with 413 and lets one under it through", async () => {
    const over = await proxy(post({ origin: "http://localhost:3000" }, chunked(MAX_REQUEST_BODY_BYTES + 1)));
    expect(over.status).toBe(413);
    const under = await proxy(post({ origin: "http://localhost:3000" }, chunked(1024 * 1024)));
    expect(under.status).toBe(200);
  });

  it("leaves Auth.js's own posts to its own checks", async () => {
    const res = await proxy(post({ origin: "https://idp.example" }, undefined, "http://localhost:3000/api/auth/callback/oidc"));
    expect(res.status).toBe(200);
  });
});
