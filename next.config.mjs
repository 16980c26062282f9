import { MAX_REQUEST_BODY_BYTES, PROXY_BODY_BUFFER_BYTES } from "./lib/uploads/limits.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and extension bundles from its own package folder at run time;
  // bundled, it cannot find them. argon2 is a native addon; pdfkit reads its font metrics from its folder.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "unpdf", "pdfkit"],
  poweredByHeader: false,
  // Several dev servers can run side by side (one per developer task), each with its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The dev server would otherwise print every server action's arguments, passwords included.
  logging: { serverFunctions: false },
  // CSV, roster and report uploads go through server actions. The limits are set in one place,
  // lib/uploads/limits.mjs: a file of up to 10 MB, an action body of that as base64 plus an
  // envelope; proxy.ts answers a larger body with 413, and Next.js buffers a little more than the
  // limit for proxy.ts so that it can tell (left at its 10 MB default, it cut larger bodies short).
  experimental: {
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    proxyClientMaxBodySize: PROXY_BODY_BUFFER_BYTES,
  },
  typedRoutes: false,
  // The Content-Security-Policy carries a per-request nonce, so it is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
