import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers of /work/shared/DESIGN.md ("Architecture"), checked on every lint: pages and
// components → lib/<domain> (the data access layer) → db → PostgreSQL. Paths are matched after
// the import is resolved, so "@/db/client" and "../../db/client" are the same import.
// eslint-plugin-import comes with eslint-config-next, which registers it as "import".
const layerZones = [
  {
    target: ["./app", "./components"],
    from: "./db",
    message: "Pages and components reach the database through lib/<domain>, the data access layer, never db/ directly (types too: export them from lib).",
  },
  {
    target: "./components",
    from: "./app",
    message: "Components do not import app/: the page imports the server action from its actions.ts and passes it as a prop (ServerAction in lib/action.ts).",
  },
  {
    target: "./lib",
    from: ["./app", "./components"],
    message: "lib/ lies beneath pages and components and imports neither.",
  },
  {
    // Modules that client components and scripts import: they must not open a database connection.
    target: [
      "./lib/**/schema.ts",
      "./lib/**/*-schema.ts",
      "./lib/search/normalize.ts",
      "./lib/search/search-text.ts",
      "./lib/dates.ts",
      "./lib/url.ts",
    ],
    from: "./db/client.ts",
    message: "A pure module (parsing, schemas, normalizing) does not import the database client: pass the data in, or move the query to a data access module.",
  },
  {
    // Imports parse, map and validate; every contact they make or complete is written by
    // lib/contacts/write.ts (matching, search text, phones, audit, lists in one place).
    target: "./lib/import",
    from: "./db",
    except: ["./enums.ts"],
    message: "lib/import is pure (parse, map, validate): the writes go through lib/contacts/write.ts, called from lib/contacts/import-*.ts.",
  },
  {
    target: "./lib/import",
    from: ["./lib/audit", "./lib/auth", "./lib/contacts/write.ts"],
    message: "lib/import is pure (parse, map, validate): the writes go through lib/contacts/write.ts, called from lib/contacts/import-*.ts.",
  },
];

/** db/ imports nothing from lib/, except what `except` (relative to lib/) allows for these files. */
function dbMayImport(files, except) {
  return {
    files,
    rules: {
      "import/no-restricted-paths": [
        "error",
        { zones: [...layerZones, { target: "./db", from: "./lib", except, message: "db/ lies beneath lib/: it does not import lib/ beyond the exceptions listed in eslint.config.mjs." }] },
      ],
    },
  };
}

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Tests drive the layers from outside (a lib test may render a page or call a route), so the
    // layer rule is for application code only.
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    ...dbMayImport(["**/*.{ts,tsx,mts,mjs}"], []),
  },
  // The known exceptions: db/ modules that use a small, database-free part of lib/.
  dbMayImport(["db/client.ts", "db/query-errors.ts"], ["./log.ts"]), // logging connection and query errors, redacted
  dbMayImport(["db/versioned.ts"], ["./errors.ts"]), // the optimistic lock throws the errors the actions map to messages
  // The seed computes what the app's writers compute: search text, password hashes, E.164 phones.
  dbMayImport(["db/seed/**/*.ts"], ["./search/search-text.ts", "./search/normalize.ts", "./auth/password.ts", "./contacts/phones.ts", "./contacts/phones-check.ts"]),
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "data/**", "test-results/**", "playwright-report/**", "db/migrations/**"]),
]);
