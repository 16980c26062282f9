// Anonymous attacks: every route of the app directory and every server action of the build,
// called without a session — plainly, with a session cookie that names no session, as an RSC
// request (`.rsc`, `RSC: 1`) and with `x-middleware-subrequest` (CVE-2025-29927: a forged header
// that once made Next.js skip middleware). proxy.ts only redirects for convenience, so the checks
// read the bodies: no protected name may come back, and (on PostgreSQL) nothing may change.
import { expect, test } from "@playwright/test";
import {
  actionArgs,
  actionRefs,
  actionSucceeded,
  appRoutes,
  bogusSession,
  callAction,
  fixtureFingerprint,
  fixtureIds,
  hasDatabase,
  leakedMarkers,
  registryEntry,
} from "./fixtures/security-lib";

const subrequest = "middleware:middleware:middleware:middleware:middleware";
const variants: { name: string; headers: Record<string, string>; suffix?: string }[] = [
  { name: "plain", headers: {} },
  { name: "bogus session", headers: { Cookie: bogusSession } },
  { name: "RSC: 1", headers: { Cookie: bogusSession, RSC: "1", "Next-Router-Prefetch": "1" } },
  { name: ".rsc", headers: { Cookie: bogusSession }, suffix: ".rsc" },
  { name: "x-middleware-subrequest", headers: { "x-middleware-subrequest": subrequest } },
  { name: "x-middleware-subrequest (proxy)", headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy", RSC: "1" } },
];

test("every route answers an anonymous visitor with nothing protected, in every request variant", async ({ request }) => {
  const routes = appRoutes();
  expect(routes.length).toBeGreaterThan(60);
  const leaks: string[] = [];
  const admitted: string[] = [];
  for (const route of routes) {
    await Promise.all(
      variants.map(async (variant) => {
        const url = `${route.url}${variant.suffix && route.kind === "page" ? variant.suffix : ""}`;
        const response = await request.get(url, { headers: variant.headers, maxRedirects: 0, failOnStatusCode: false });
        const body = await response.text();
        const leaked = leakedMarkers(body);
        if (leaked.length) leaks.push(`${variant.name} ${url}: ${leaked.join(", ")}`);
        // A protected page or file answers with a redirect to sign in, a refusal, or the sign-in page.
        if (!route.isPublic && response.status() === 200) {
          const type = response.headers()["content-type"] ?? "";
          const loginPage = body.includes("Sign in") && !body.includes('aria-label="Main"');
          if (!(type.includes("text/html") && loginPage) && !type.includes("text/x-component")) admitted.push(`${variant.name} ${url}: 200 ${type}`);
          if (type.includes("text/x-component") && body.length > 20_000) admitted.push(`${variant.name} ${url}: large RSC payload`);
        }
        if (!route.isPublic && [200, 206].includes(response.status()) && /csv|calendar|pdf|rfc822|octet/.test(response.headers()["content-type"] ?? "")) {
          admitted.push(`${variant.name} ${url}: served a download`);
        }
      }),
    );
  }
  expect(leaks, "protected names in anonymous responses").toEqual([]);
  expect(admitted, "protected routes that answered an anonymous visitor").toEqual([]);
});

test("every server action refuses an anonymous caller and changes nothing", async ({ request, baseURL }) => {
  const refs = actionRefs();
  expect(refs.length).toBeGreaterThan(50);
  const before = hasDatabase ? await fixtureFingerprint() : "";
  const problems: string[] = [];
  const unregistered: string[] = [];
  for (const ref of refs) {
    const entry = registryEntry(ref.key);
    if (!entry) unregistered.push(ref.key);
    const isPublic = entry && "reason" in entry && entry.capability === "public";
    const { args } = actionArgs(ref.key, fixtureIds());
    // Once on the page that carries the action (past the convenience redirect with a cookie that
    // names no session), once with the forged subrequest header and no cookie at all.
    const calls = await Promise.all([
      callAction(request, baseURL!, ref, args, { Cookie: bogusSession }),
      callAction(request, baseURL!, ref, args, { "x-middleware-subrequest": subrequest }),
      callAction(request, baseURL!, ref, args, { "x-middleware-subrequest": subrequest, Cookie: bogusSession }, "/login"),
    ]);
    for (const [i, { response, body }] of calls.entries()) {
      const leaked = leakedMarkers(body);
      if (leaked.length) problems.push(`${ref.key} (call ${i}): leaked ${leaked.join(", ")}`);
      if (!isPublic && actionSucceeded(body)) problems.push(`${ref.key} (call ${i}): succeeded anonymously (${response.status()})`);
    }
  }
  expect(unregistered, "actions missing from tests/action-registry.ts").toEqual([]);
  expect(problems).toEqual([]);
  if (hasDatabase) expect(await fixtureFingerprint(), "records changed by anonymous actions").toBe(before);
});
