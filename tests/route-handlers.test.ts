// Every route handler of the app, found on disk: the anonymous visitor gets 401 and a user holding
// a temporary password gets 403 (they may only change it), before any data is read. A new route
// that forgets userRoute() (lib/route.ts) fails here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/sessions";
import { PasswordChangeRequired } from "@/lib/errors";
import { createTestUser } from "./helpers";

let caller: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller, requirePageUser: async () => caller }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined, handlers: {} }));

const appDir = path.resolve(__dirname, "../app");
// Public on purpose: Auth.js's own endpoints and the load balancer's health check.
const publicRoutes = new Set(["api/auth/[...nextauth]/route.ts", "healthz/route.ts"]);

function routeFiles(dir = appDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const routes = routeFiles()
  .map((file) => path.relative(appDir, file))
  .filter((file) => !publicRoutes.has(file));

// Every dynamic segment gets a valid id, so the refusal cannot come from a malformed one.
function paramsOf(file: string) {
  const names = [...file.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
  return { params: Promise.resolve(Object.fromEntries(names.map((n) => [n, n === "figure" ? "summary" : randomUUID()]))) };
}

type Get = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

describe("route handlers", () => {
  let admin: SessionUser;
  beforeAll(async () => {
    admin = { ...(await createTestUser("admin")), mustChangePassword: true };
  });

  it("are all found", () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
  });

  it.each(routes)("%s: 401 for the anonymous visitor, 403 while a temporary password is held", async (file) => {
    const { GET } = (await import(path.join(appDir, file))) as { GET: Get };
    const request = () => new Request(`http://localhost/${file}?job=${randomUUID()}`);
    caller = null;
    expect((await GET(request(), paramsOf(file))).status).toBe(401);
    caller = admin;
    const refused = await GET(request(), paramsOf(file));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe(new PasswordChangeRequired().message);
  });
});
