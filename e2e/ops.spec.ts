import { expect, test } from "@playwright/test";

test("GET /healthz answers an anonymous caller with 200 and JSON, uncached, and nothing more", async ({ request }) => {
  const response = await request.get("/healthz", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/application\/json/);
  expect(response.headers()["cache-control"]).toMatch(/no-store/);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("every response carries a request id; a safe one from a reverse proxy is kept, an unsafe one replaced", async ({ request }) => {
  const generated = await request.get("/healthz");
  expect(generated.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const kept = await request.get("/healthz", { headers: { "x-request-id": "lb-4f2c9a71e0" } });
  expect(kept.headers()["x-request-id"]).toBe("lb-4f2c9a71e0");

  const replaced = await request.get("/healthz", { headers: { "x-request-id": 'x" level="info" forged' } });
  expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  // Also on the redirect of an anonymous visitor to the sign-in page.
  const redirect = await request.get("/contacts", { maxRedirects: 0 });
  expect(redirect.status()).toBeGreaterThanOrEqual(300);
  expect(redirect.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
