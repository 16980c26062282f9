#!/usr/bin/env bash
# npm run scale:cluster -- N [PORT] — N `next start` processes of the current build behind nginx,
# the way a production deployment runs several instances (README, "Several app instances").
#
#   nginx on 127.0.0.1:PORT (default 3000)  →  instances on 127.0.0.1:PORT+1 … PORT+N
#
# Needs a build (`npm run build`, or NEXT_DIST_DIR's), DATABASE_URL (PGlite is one process
# only) and AUTH_SECRET (.env.local is read), and Debian's nginx (`apt-get install nginx`; set
# NGINX to another binary). Migrations run once before the instances start. Everything runs in
# the foreground until Ctrl-C, which stops nginx and every instance; logs go to a temporary
# folder that is printed (and kept).
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1

count="${1:-2}"
port="${2:-3000}"
nginx_bin="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
if ! [[ "$count" =~ ^[1-9][0-9]?$ ]]; then echo "usage: $0 N [PORT]  (N = 1..99 instances)" >&2; exit 2; fi
if [ ! -x "$nginx_bin" ]; then echo "nginx not found: apt-get install nginx (or set NGINX)" >&2; exit 2; fi
if [ -z "${DATABASE_URL:-}" ]; then echo "DATABASE_URL must point at PostgreSQL: the embedded PGlite is one process only." >&2; exit 2; fi
if [ -z "${AUTH_SECRET:-}" ] && [ -f .env.local ]; then
  AUTH_SECRET=$(sed -n 's/^AUTH_SECRET=//p' .env.local | head -n1)
  export AUTH_SECRET
fi
if [ -z "${AUTH_SECRET:-}" ]; then echo "AUTH_SECRET must be set (the same for every instance)." >&2; exit 2; fi

run_dir=$(mktemp -d -t advocacy-cluster.XXXXXX)
pids=()
stop() {
  trap - EXIT INT TERM
  [ -f "$run_dir/nginx.pid" ] && kill "$(cat "$run_dir/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "stopped; logs in $run_dir"
}
trap stop EXIT INT TERM

npx tsx scripts/migrate.ts

upstreams=""
for i in $(seq 1 "$count"); do
  instance_port=$((port + i))
  # Each instance is a plain `next start`: the same build, the same AUTH_SECRET and DATABASE_URL.
  NODE_ENV=production node node_modules/next/dist/bin/next start -H 127.0.0.1 -p "$instance_port" >"$run_dir/instance-$i.log" 2>&1 &
  pids+=("$!")
  upstreams+="        server 127.0.0.1:$instance_port max_fails=3 fail_timeout=5s;"$'\n'
done

# The production recipe (README) minus TLS: round robin, keep-alive to the instances, the
# forwarded headers set (never passed on from the client), uploads up to the app's own limit.
cat >"$run_dir/nginx.conf" <<EOF
worker_processes 1;
pid $run_dir/nginx.pid;
error_log $run_dir/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $run_dir/client-body;
    proxy_temp_path $run_dir/proxy;
    fastcgi_temp_path $run_dir/fastcgi;
    uwsgi_temp_path $run_dir/uwsgi;
    scgi_temp_path $run_dir/scgi;
    client_max_body_size 15m;
    upstream advocacy {
$upstreams        keepalive 64;
    }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://advocacy;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host              \$http_host;
            proxy_set_header X-Forwarded-Host  \$http_host;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Request-Id      \$request_id;
            proxy_read_timeout 120s;
        }
    }
}
EOF

for i in $(seq 1 "$count"); do
  for _ in $(seq 120); do
    curl -fsS "http://127.0.0.1:$((port + i))/healthz" >/dev/null 2>&1 && break
    if ! kill -0 "${pids[$((i - 1))]}" 2>/dev/null; then echo "instance $i failed to start:" >&2; cat "$run_dir/instance-$i.log" >&2; exit 1; fi
    sleep 0.5
  done
done
"$nginx_bin" -p "$run_dir" -c "$run_dir/nginx.conf" -e "$run_dir/nginx-error.log"
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null

echo "nginx on http://127.0.0.1:$port → $count instance(s) on ports $((port + 1))–$((port + count)); logs in $run_dir"
echo "bench:http against it: BENCH_URL=http://127.0.0.1:$port BENCH_SERVER_PORTS=$(seq -s, $((port + 1)) $((port + count))) npm run bench:http"
wait "${pids[@]}"
