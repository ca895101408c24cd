#!/usr/bin/env bash
# Load benchmark of the web application: a signed-in read of a realistic strategy's
# Technologies page and of the API's diagnostics, against the server's liveness route
# (hello-world: no database, no template) in the same run, 2 threads x 64 connections, with
# 1,000 strategies of 10 versions each in the database. Prints requests per second, p99
# latency, and the server's idle memory. Targets: page throughput at least 30 % of hello world,
# p99 under 10 ms, idle RSS under 30 MB.
# Usage: bench/web_load.sh [SECONDS]   (installs wrk from Debian if missing; release build)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-10}"
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
# PDF is not on these routes: a release build without it is quicker to make.
cargo build --quiet --release --no-default-features --bin tomster
tomster=target/release/tomster
data=$(mktemp -d)
port=18181
base="http://127.0.0.1:$port"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

"$tomster" serve --demo --data-dir "$data" --addr "127.0.0.1:$port" >"$data/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
sleep 1
idle_kb=$(ps -o rss= -p "$server" | tr -d ' ')

# 1,000 strategies of 10 versions each, copies of the demo's B2B example, straight into SQLite.
python3 - "$data/tomster.db" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=30)
workspace, text = db.execute(
    "SELECT s.workspace_id, v.toml FROM strategies s JOIN versions v ON v.strategy_id = s.id "
    "WHERE s.name LIKE 'Northwind%' AND v.number = 1").fetchone()
now = int(time.time())
with db:
    for n in range(1000):
        sid = f"bench{n:015d}"
        db.execute("INSERT INTO strategies VALUES (?, ?, ?, 10, ?, ?)", (sid, workspace, f"Bench {n}", now, now))
        db.executemany("INSERT INTO versions VALUES (?, ?, ?, 1, ?, ?)",
                       [(sid, v, text, f"version {v}", now) for v in range(1, 11)])
print("seeded", db.execute("SELECT COUNT(*) FROM versions").fetchone()[0], "versions")
PY

password=$(sed -n 's/.*with the password \([0-9a-f]*\).*/\1/p' "$data/serve.log")
cookie=$(curl -fsS -D - -o /dev/null --data-urlencode "email=demo@tomster.example" \
  --data-urlencode "password=$password" "$base/login" | sed -n 's/^set-cookie: \(tomster_session=[0-9a-f]*\).*/\1/ip')
token=$("$tomster" admin --data-dir "$data" create-token demo@tomster.example --workspace demo --name bench)
strategy=bench000000000000500
curl -fsS -H "Cookie: $cookie" -o /dev/null "$base/s/$strategy/step/technologies"
curl -fsS -H "Authorization: Bearer $token" -o /dev/null "$base/api/v1/strategies/$strategy/diagnostics"

run() {
  local label=$1; shift
  local output
  output=$(wrk -t2 -c64 -d"${seconds}s" --latency "$@")
  local rps p99
  rps=$(echo "$output" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$output" | awk '$1 == "99%" {print $2}')
  printf '%-34s %12s req/s   p99 %s\n' "$label" "$rps" "$p99"
  echo "$rps" >"$data/$label.rps"
}

echo "wrk -t2 -c64 -d${seconds}s on 127.0.0.1 (server and wrk share the machine's cores)"
run hello "$base/healthz/live"
run technologies-page -H "Cookie: $cookie" "$base/s/$strategy/step/technologies"
run api-diagnostics -H "Authorization: Bearer $token" "$base/api/v1/strategies/$strategy/diagnostics"
hello=$(cat "$data/hello.rps")
for label in technologies-page api-diagnostics; do
  ratio=$(python3 -c "print(f'{100 * float(open(\"$data/$label.rps\").read()) / float(\"$hello\"):.1f}')")
  echo "$label: $ratio % of hello world"
done
echo "idle RSS after start: $((idle_kb / 1024)) MB ($idle_kb kB)"
