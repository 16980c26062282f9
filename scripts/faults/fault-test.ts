// npm run test:faults: the app against failures, on a private PostgreSQL cluster it may crash.
// 1. PostgreSQL crashes and restarts under load (scripts/faults/fault-test-restart.ts);
// 2. the app is killed in the middle of a large CSV import (scripts/faults/fault-test-import.ts).
// Needs a production build in NEXT_DIST_DIR (default .next) and PostgreSQL 15's server binaries
// (PG_BIN, default /usr/lib/postgresql/15/bin). The cluster and the app are removed at the end,
// whatever happened.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { distDir, signInCookie, startApp, type App } from "./fault-test-app";
import { clusterAvailable, createCluster, pgBin, query, type Cluster } from "./fault-test-cluster";
import { importKillTest } from "./fault-test-import";
import { restartTest } from "./fault-test-restart";

const appPort = Number(process.env.FAULT_APP_PORT || 3305);
const pgPort = Number(process.env.FAULT_PG_PORT || 5499);
const database = "advocacy_faults";
const password = "advocacy-demo";

if (!clusterAvailable()) {
  console.log(`Fault tests skipped: no PostgreSQL server binaries in ${pgBin} (set PG_BIN).`);
  process.exit(0);
}
if (!existsSync(path.join(distDir, "BUILD_ID"))) {
  console.error(`No production build in ${distDir}: run \`next build\` first (NEXT_DIST_DIR picks the folder).`);
  process.exit(1);
}

let cluster: Cluster | null = null;
let app: App | null = null;

async function cleanup() {
  await app?.kill("SIGKILL").catch(() => {});
  app = null;
  cluster?.destroy();
  cluster = null;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanup().finally(() => process.exit(130)));
}

async function main(): Promise<number> {
  const t0 = Date.now();
  cluster = createCluster(pgPort);
  await cluster.start();
  await query(cluster.url("postgres"), `CREATE DATABASE ${database}`);
  const dbUrl = cluster.url(database);
  const env = {
    DATABASE_URL: dbUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    DEMO_PASSWORD: password,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const scriptEnv: NodeJS.ProcessEnv = { ...process.env, ...env, NODE_ENV: "test" as const };
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env: scriptEnv, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync("npx", ["tsx", "scripts/seed/seed.ts"], { env: scriptEnv, stdio: ["ignore", "ignore", "inherit"] });
  app = await startApp(appPort, env);
  const cookie = await signInCookie(app.base, "officer@demo.test", password);
  console.log(`Private cluster on port ${pgPort}, app on ${appPort} (${distDir}); ready in ${Date.now() - t0} ms`);

  const failures: string[] = [];
  console.log("\n1. PostgreSQL crashes and restarts while requests are running");
  const restartFailures = await restartTest(app, cluster, dbUrl, cookie);
  failures.push(...restartFailures.map((f) => `restart: ${f}`));
  console.log(restartFailures.length ? `  FAILED (${restartFailures.length})` : "  passed");

  console.log("\n2. The app is killed in the middle of a large import");
  const importFailures = await importKillTest(app, async () => (app = await startApp(appPort, env)), dbUrl, cookie);
  failures.push(...importFailures.map((f) => `import: ${f}`));
  console.log(importFailures.length ? `  FAILED (${importFailures.length})` : "  passed");

  console.log(`\nFault tests ${failures.length ? "FAILED" : "passed"} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  for (const f of failures) console.error(`  ✗ ${f}`);
  return failures.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error("Fault tests crashed:", error);
  const running = app as App | null; // assigned inside main(), which TypeScript's narrowing does not follow
  if (running) console.error(`App output (tail):\n${running.log().slice(-3000)}`);
} finally {
  await cleanup();
}
process.exit(code);
