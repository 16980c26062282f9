#!/usr/bin/env bash
# npm test: types, lint, unit and integration tests, then the Playwright journeys against a
# production build. With DATABASE_URL, every database is created on that server and dropped
# afterwards; without it, PGlite folders in a temporary directory are used.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

# E2E_ONLY=1 skips straight to the browser journeys (for working on them); E2E_SPECS="e2e/a.spec.ts
# e2e/b.spec.ts" runs only those journeys and then stops, without the fault tests.
if [ "${E2E_ONLY:-}" != "1" ]; then
  step "Types"
  npx tsc --noEmit

  step "Lint"
  npx eslint --max-warnings=0 .

  step "Unit and integration tests"
  npx vitest run
fi

step "Browser journeys"
server_url="${DATABASE_URL:-}"
e2e_db=""
tmp_dir=$(mktemp -d)
oidc_pid=""
cleanup() {
  if [ -n "$oidc_pid" ]; then kill "$oidc_pid" 2>/dev/null || true; fi
  if [ -n "$e2e_db" ]; then
    psql "$server_url" -qc "DROP DATABASE IF EXISTS $e2e_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp_dir"
}
trap cleanup EXIT

if [ -n "$server_url" ]; then
  e2e_db="advocacy_e2e_$$_$(date +%s)"
  psql "$server_url" -qc "CREATE DATABASE $e2e_db" >/dev/null
  export DATABASE_URL=$(node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$server_url" "$e2e_db")
else
  export PGLITE_DIR="$tmp_dir/pglite"
fi
export AUTH_SECRET="${AUTH_SECRET:-$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')}"
export DEMO_PASSWORD="${DEMO_PASSWORD:-advocacy-demo}"

NODE_ENV=test npx tsx scripts/migrate.ts
NODE_ENV=test npx tsx scripts/seed/seed.ts >/dev/null
NODE_ENV=test npx tsx e2e/fixtures/setup-data.ts
NODE_ENV=test npx tsx e2e/fixtures/letters-data.ts
NODE_ENV=test npx tsx e2e/fixtures/security-data.ts

# Single sign-on against a real OpenID Connect provider on this machine (e2e/sso.spec.ts).
export OIDC_FIXTURE_PORT="${OIDC_FIXTURE_PORT:-3190}"
export OIDC_ISSUER="http://127.0.0.1:$OIDC_FIXTURE_PORT" OIDC_CLIENT_ID=advocacy-desk OIDC_CLIENT_SECRET=advocacy-desk-fixture-secret OIDC_NAME="Test IdP"
node e2e/fixtures/oidc-provider.mjs >"$tmp_dir/oidc-provider.log" 2>&1 &
oidc_pid=$!
oidc_ready=""
for _ in $(seq 100); do
  if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$OIDC_ISSUER/.well-known/openid-configuration"; then oidc_ready=1; break; fi
  sleep 0.2
done
[ -n "$oidc_ready" ] || { cat "$tmp_dir/oidc-provider.log"; echo "The OIDC test provider did not start." >&2; exit 1; }

npx next build
if [ -n "${E2E_SPECS:-}" ]; then
  # shellcheck disable=SC2086 # a list of spec files
  npx playwright test $E2E_SPECS
  exit 0
fi
npx playwright test

# PostgreSQL crashing under load and the app killed mid-import, on a private cluster of their own
# (never the server above) against the build just made.
step "Fault tests"
npm run test:faults
