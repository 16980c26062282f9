// npm run bench:js — the JavaScript a browser downloads before a page is interactive ("first-load
// JS"), gzipped, for every page of a production build, checked against the budget:
//   dashboard  /dashboard                                                     ≤ 200 KB
//   list       a section's index page (/contacts, /appeals, /events/calendar…) ≤ 150 KB
//   detail     a record's page and its read views (/contacts/[id], /events/[id]/invitations,
//              /appeals/[id]/versions, print and check-in sheets…)            ≤ 150 KB
//   form       pages that are one form or tool (new, edit, imports, merge, account, sign-in,
//              the guests' RSVP page)                                         ≤ 200 KB
// and exits non-zero when a page is over its budget. KB are 1,024 bytes of gzip (level 6, what
// `next start` sends).
//
// Build first, into any folder: `NEXT_DIST_DIR=.next-js npm run build && NEXT_DIST_DIR=.next-js
// npm run bench:js` (next.config.mjs takes its distDir from NEXT_DIST_DIR, default .next).
//
// How a page's first load is found (Next.js 16, Turbopack): build-manifest.json's rootMainFiles
// (React, the Next.js runtime, Turbopack's loader) plus, from the page's
// server/app/<route>/page_client-reference-manifest.js, the `entryJSFiles` of every segment the
// page renders: the root and (app) layouts, their error and not-found boundaries, global-error
// and the page itself. The root not-found is left out: only unknown URLs render it. These are
// exactly the chunks the HTML's <script src> tags and the RSC payload's client references load
// (the legacy-browser polyfills, `noModule`, are not counted); chunks loaded later with import()
// — charts as they scroll into view, the search palette when opened — are not first-load.
// With BENCH_URL set (a running `next start` of the same build), the script also signs in
// (BENCH_EMAIL, default the demo officer) and checks that claim against the served HTML of every
// page without a parameter in its path; a difference fails the run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type Kind = "dashboard" | "list" | "detail" | "form";
const budgets: Record<Kind, number> = { dashboard: 200, list: 150, detail: 150, form: 200 };

const dist = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const buildManifestFile = path.join(dist, "build-manifest.json");
if (!existsSync(buildManifestFile)) {
  console.error(`No production build in ${dist}. Run \`NEXT_DIST_DIR=${path.basename(dist)} npm run build\` first.`);
  process.exit(2);
}
const buildManifest = JSON.parse(readFileSync(buildManifestFile, "utf8")) as { rootMainFiles: string[] };

const gzipped = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(dist, file))).length;
    gzipped.set(file, size);
  }
  return size;
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function manifestsUnder(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) manifestsUnder(full, found);
    else if (entry.name === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

/** The page's URL pattern from its manifest key: "/(app)/contacts/[id]/page" → "/contacts/[id]". */
function routeOf(key: string): string {
  const url = key
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s) && s !== "page")
    .join("/");
  return `/${url}`;
}

const formPages = /\/(new|edit|import|from-report|rosters|merge)$|^\/(account|admin\/security|login|rsvp)(\/|$)/;
function kindOf(route: string): Kind {
  if (route === "/dashboard") return "dashboard";
  if (formPages.test(route)) return "form";
  return route.includes("[") ? "detail" : "list";
}

type Page = { route: string; kind: Kind; files: string[]; bytes: number };
const pages: Page[] = [];
for (const file of manifestsUnder(path.join(dist, "server", "app"))) {
  // The file assigns globalThis.__RSC_MANIFEST[<page key>] = { …, entryJSFiles: { <segment>: [chunks] } }.
  const sandbox: { __RSC_MANIFEST: Record<string, { entryJSFiles?: Record<string, string[]> }> } = { __RSC_MANIFEST: {} };
  new Function("globalThis", "self", readFileSync(file, "utf8"))(sandbox, sandbox);
  for (const [key, manifest] of Object.entries(sandbox.__RSC_MANIFEST)) {
    const route = routeOf(key);
    if (route.startsWith("/_")) continue; // _not-found, _global-error: no budget of their own
    const files = new Set(buildManifest.rootMainFiles);
    for (const [segment, chunks] of Object.entries(manifest.entryJSFiles ?? {})) {
      if (segment === "[project]/app/not-found") continue;
      for (const chunk of chunks) files.add(chunk);
    }
    const list = [...files].filter((f) => f.endsWith(".js"));
    pages.push({ route, kind: kindOf(route), files: list, bytes: list.reduce((sum, f) => sum + gzipBytes(f), 0) });
  }
}
if (!pages.length) {
  console.error(`No page manifests under ${dist}/server/app: is this an App Router production build?`);
  process.exit(2);
}
pages.sort((a, b) => a.route.localeCompare(b.route));

// What every signed-in page shares (framework plus the app's frame), to show what each page adds.
const appPages = pages.filter((p) => !/^\/(login|rsvp)/.test(p.route));
const shared = appPages.slice(1).reduce((set, p) => new Set(p.files.filter((f) => set.has(f))), new Set(appPages[0].files));
const sharedBytes = [...shared].reduce((sum, f) => sum + gzipBytes(f), 0);
const frameworkBytes = buildManifest.rootMainFiles.reduce((sum, f) => sum + gzipBytes(f), 0);

console.log(`First-load JS, gzipped KB, from ${path.relative(process.cwd(), dist) || dist}`);
console.log(`  framework (React, Next.js runtime): ${kb(frameworkBytes)} KB; shared by every signed-in page: ${kb(sharedBytes)} KB\n`);
console.log(`${"route".padEnd(48)} ${"kind".padEnd(9)} ${"KB".padStart(7)} ${"own".padStart(7)} ${"budget".padStart(7)}`);
const over: Page[] = [];
for (const p of pages) {
  const own = p.files.filter((f) => !shared.has(f)).reduce((sum, f) => sum + gzipBytes(f), 0);
  const budget = budgets[p.kind];
  const fails = p.bytes / 1024 > budget;
  if (fails) over.push(p);
  console.log(`${p.route.padEnd(48)} ${p.kind.padEnd(9)} ${kb(p.bytes).padStart(7)} ${kb(own).padStart(7)} ${String(budget).padStart(7)}${fails ? "  OVER" : ""}`);
}

let mismatches = 0;
if (process.env.BENCH_URL) {
  const base = process.env.BENCH_URL.replace(/\/$/, "");
  process.env.BENCH_EMAIL ||= "officer@demo.test";
  const { httpSession } = await import("./bench-lib");
  const session = await httpSession(base);
  console.log(`\nChecking against the HTML served by ${base} (signed in as ${process.env.BENCH_EMAIL}):`);
  for (const p of pages) {
    if (p.route.includes("[") || p.route.startsWith("/login") || p.route === "/admin/users" || p.route === "/admin/audit" || p.route === "/admin/security") continue;
    const res = await fetch(base + p.route, { headers: { cookie: session.cookie }, redirect: "manual" });
    if (res.status !== 200) {
      console.log(`  ${p.route}: HTTP ${res.status}, not checked`);
      continue;
    }
    const html = await res.text();
    const served = new Set<string>();
    // <script src> (without the noModule polyfills) and the chunks named by the RSC payload.
    for (const m of html.matchAll(/<script(?![^>]*noModule)[^>]*\ssrc="\/_next\/(static\/[^"]+\.js)"/g)) served.add(m[1]);
    for (const m of html.matchAll(/\/_next\/(static\/chunks\/[\w.-]+\.js)/g)) served.add(m[1]);
    for (const tag of html.match(/<script[^>]*noModule[^>]*>/g) ?? []) {
      const src = /\ssrc="\/_next\/(static\/[^"]+\.js)"/.exec(tag);
      if (src) served.delete(src[1]);
    }
    const claimed = new Set(p.files);
    const missing = [...served].filter((f) => !claimed.has(f));
    const extra = [...claimed].filter((f) => !served.has(f));
    if (missing.length || extra.length) {
      mismatches++;
      console.log(`  ${p.route}: served but not counted ${missing.join(" ") || "-"}; counted but not served ${extra.join(" ") || "-"}`);
    }
  }
  console.log(mismatches ? `  ${mismatches} page(s) differ.` : "  every checked page loads exactly the counted chunks.");
}

if (over.length || mismatches) {
  if (over.length) console.error(`\n${over.length} page(s) over budget: ${over.map((p) => `${p.route} ${kb(p.bytes)} KB > ${budgets[p.kind]}`).join(", ")}`);
  process.exit(1);
}
console.log(`\nEvery page is within its budget.`);
