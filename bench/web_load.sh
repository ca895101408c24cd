#!/usr/bin/env bash
# Load benchmark of the web application, as users spread over a workspace: 1,000 strategies of
# 10 versions each (every text distinct), requests spread at random over the strategies, on
# every step page, the strategy list (its pages) and the API's diagnostics, beside a plain axum
# hello-world server built and run in the same script. wrk, 2 threads x 64 connections, on the
# same 2-core machine as the server. Prints requests per second, p99 latency, the share of
# hello world's throughput, and the server's memory after the run.
# Targets: each route at least 30 % of hello world's throughput, p99 under 10 ms, server RSS
# under 60 MB after the run.
# Usage: bench/web_load.sh [SECONDS]   (installs wrk from Debian if missing; release build)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-10}"
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
# PDF is not on these routes: a release build without it is quicker to make.
cargo build --quiet --release --no-default-features --bin tomster
cargo build --quiet --release -p tomster-web --example hello
tomster=target/release/tomster
hello=target/release/examples/hello
data=$(mktemp -d)
port=18181
base="http://127.0.0.1:$port"
trap 'kill "$server" "$hello_pid" 2>/dev/null || true; rm -rf "$data"' EXIT

"$tomster" serve --demo --data-dir "$data" --addr "127.0.0.1:$port" >"$data/serve.log" 2>&1 &
server=$!
"$hello" 127.0.0.1:18180 &
hello_pid=$!
for _ in $(seq 1 100); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
idle_kb=$(ps -o rss= -p "$server" | tr -d ' ')

# 1,000 strategies of 10 versions each, every text distinct (its name, its budget), straight
# into SQLite; the ids go to a file the wrk scripts read.
python3 - "$data/tomster.db" "$data/ids.txt" <<'PY'
import re, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=30)
workspace, text = db.execute(
    "SELECT s.workspace_id, v.toml FROM strategies s JOIN versions v ON v.strategy_id = s.id "
    "WHERE s.name LIKE 'Northwind%' AND v.number = 1").fetchone()
user = db.execute("SELECT id FROM users").fetchone()[0]
now = int(time.time())
ids = []
with db:
    for n in range(1000):
        sid = f"bench{n:015d}"
        ids.append(sid)
        db.execute("INSERT INTO strategies VALUES (?, ?, ?, 10, ?, ?)", (sid, workspace, f"Bench {n}", now, now - n))
        rows = []
        for v in range(1, 11):
            version = re.sub(r'(?m)^name = ".*"$', f'name = "Bench {n} version {v}"', text, count=1)
            version += f"\n# version {v} of strategy {n}\n"
            rows.append((sid, v, version, user, f"version {v}", now))
        db.executemany("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?)", rows)
open(sys.argv[2], "w").write("\n".join(ids) + "\n")
print("seeded", db.execute("SELECT COUNT(*) FROM versions").fetchone()[0], "versions")
PY

password=$(sed -n 's/.*with the password \([0-9a-f]*\).*/\1/p' "$data/serve.log")
cookie=$(curl -fsS -D - -o /dev/null --data-urlencode "email=demo@tomster.example" \
  --data-urlencode "password=$password" "$base/login" | sed -n 's/^set-cookie: \(tomster_session=[0-9a-f]*\).*/\1/ip')
token=$("$tomster" admin --data-dir "$data" create-token demo@tomster.example --workspace demo --name bench)

# Each strategy's current version is shown once (in the reader's language), as it is after
# its save: what a version shows is computed then, not at every request.
echo "computing what each strategy shows (once, as at its save)..."
started=$(date +%s)
xargs -P 4 -I{} curl -fsS -o /dev/null -H "Cookie: $cookie" -H "Accept-Language: en" "$base/s/{}/step/target" <"$data/ids.txt"
echo "  $(( $(date +%s) - started )) s for 1,000 strategies"

cat >"$data/spread.lua" <<'LUA'
-- Requests spread at random over the strategies: ROUTE holds {id} (and {page} for the list).
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local route = os.getenv("ROUTE")
local pages = tonumber(os.getenv("PAGES") or "1")
wrk.headers["Accept-Language"] = "en"
if os.getenv("COOKIE") ~= "" then wrk.headers["Cookie"] = os.getenv("COOKIE") end
if os.getenv("TOKEN") ~= "" then wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN") end
math.randomseed(os.time())
request = function()
  local path = route:gsub("{id}", ids[math.random(#ids)]):gsub("{page}", tostring(math.random(pages)))
  return wrk.format("GET", path)
end
LUA

run() {
  local label=$1 route=$2 cookie_value=$3 token_value=$4 target=$5
  local output
  output=$(IDS="$data/ids.txt" ROUTE="$route" PAGES=21 COOKIE="$cookie_value" TOKEN="$token_value" \
    wrk -t2 -c64 -d"${seconds}s" --latency -s "$data/spread.lua" "$target")
  local rps p99 errors
  rps=$(echo "$output" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$output" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$output" | awk '/Non-2xx/ {print $NF}')
  printf '%-22s %10s req/s   p99 %8s' "$label" "$rps" "$p99"
  if [ -n "$errors" ]; then printf '   non-2xx %s' "$errors"; fi
  printf '\n'
  echo "$rps" >"$data/$label.rps"
}

echo "wrk -t2 -c64 -d${seconds}s on 127.0.0.1 (server and wrk share the machine's 2 cores)"
run hello "/" "" "" "http://127.0.0.1:18180"
for step in target objectives message strategy technologies evaluate resources; do
  run "step-$step" "/s/{id}/step/$step" "$cookie" "" "$base"
done
run strategy-list "/w/demo?page={page}" "$cookie" "" "$base"
run api-diagnostics "/api/v1/strategies/{id}/diagnostics" "" "$token" "$base"

hello_rps=$(cat "$data/hello.rps")
for file in "$data"/*.rps; do
  label=$(basename "$file" .rps)
  [ "$label" = hello ] && continue
  python3 -c "print(f'{\"$label\":22s} {100 * float(open(\"$file\").read()) / float(\"$hello_rps\"):5.1f} % of hello world')"
done
sleep 1
after_kb=$(ps -o rss= -p "$server" | tr -d ' ')
echo "server RSS: $((idle_kb / 1024)) MB idle after start, $((after_kb / 1024)) MB after the run"
