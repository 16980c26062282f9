import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Journeys run against a production build (`next start`) on a database prepared by
// scripts/test-all.sh. Debian's Chromium is used when present: Playwright cannot download
// browsers on machines without internet access.
const port = Number(process.env.E2E_PORT || 3100);
// E2E_BASE_URL: run against a server that is already up (e.g. a dev server while writing a journey).
const external = process.env.E2E_BASE_URL;
const chromium = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: external ?? `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    // Each demo account signs in once and its session is stored (e2e/auth.setup.ts); the journeys
    // depend on it, so it also runs first when only some journeys are chosen (E2E_SPECS).
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "journeys", dependencies: ["setup"] },
  ],
  webServer: external
    ? undefined
    : {
        command: `npx next start -p ${port}`,
        url: `http://localhost:${port}/login`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
      },
});
