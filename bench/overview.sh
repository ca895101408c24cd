#!/usr/bin/env bash
# The workspace overview and the results view, as an agency loads them: 200 strategies of 6
# networks each, every one with 3 years of daily figures (followers, reach) and a post a day
# per network (its reach), imported through the API (about 13,000 rows a strategy, 2.6
# million in all). The overview reads the summaries stored after each import; the results
# view of one strategy (`/s/{id}/progress`) reads its figures, spread at random over the 200.
# Beside a plain axum hello-world server, in the same run: wrk, 2 threads, 8 connections (a
# team at work), on the same 2-core machine. Prints requests per second, p50 and p99 latency,
# and the server's memory (RSS) after the run.
# Target (issue 17): the overview's p99 under 50 ms, and the results view's likewise.
# Usage: bench/overview.sh [SECONDS] [STRATEGIES]   (installs wrk if missing; release build)
#        PROFILE=1 bench/overview.sh ...   also prints where the results view's time goes (perf)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-10}"
count="${2:-200}"
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
cargo build --quiet --release --no-default-features --bin tomster
cargo build --quiet --release -p tomster-web --example hello
tomster=target/release/tomster
hello=target/release/examples/hello
data=$(mktemp -d)
port=18191
base="http://127.0.0.1:$port"
trap 'kill "$server" "$hello_pid" 2>/dev/null || true; rm -rf "$data"' EXIT

"$tomster" serve --demo --data-dir "$data" --addr "127.0.0.1:$port" >"$data/serve.log" 2>&1 &
server=$!
"$hello" 127.0.0.1:18190 &
hello_pid=$!
for _ in $(seq 1 100); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
password=$(sed -n 's/.*with the password \([0-9a-f]*\).*/\1/p' "$data/serve.log")
cookie=$(curl -fsS -D - -o /dev/null --data-urlencode "email=demo@tomster.example" \
  --data-urlencode "password=$password" "$base/login" | sed -n 's/^set-cookie: \(tomster_session=[0-9a-f]*\).*/\1/ip')
token=$("$tomster" admin --data-dir "$data" create-token demo@tomster.example --workspace demo --name bench)

# The strategies and their figures, written by a script: each strategy is the same plan with
# its own name and figures that differ from one strategy to the next.
python3 - "$data" "$count" <<'PY'
import datetime, os, random, sys
out, count = sys.argv[1], int(sys.argv[2])
networks = ["instagram", "facebook", "linkedin", "tiktok", "youtube", "x"]
# Three years of figures up to yesterday: the results view is read today, as after a daily
# import (a reading as of a day the figures reach is answered from the figures stored per day
# at each import; an earlier day reads the imports themselves).
yesterday = datetime.date.today() - datetime.timedelta(1)
start = yesterday - datetime.timedelta(3 * 365)
days = [start + datetime.timedelta(n) for n in range(3 * 365 + 1)]
strategy = '''schema_version = 2
[strategy]
name = "Bench strategy {n}"
language = "en"
currency = "EUR"
country = "FR"
start = 2024-01-01
end = 2026-12-31

[[personas]]
id = "clients"
name = "Clients"
segment = "b2c"
age = {{ min = 25, max = 55 }}
channels = ["instagram", "facebook"]

[[objectives]]
id = "reach"
kind = "awareness"
statement = "Reach more people each month on Instagram"
kpi = "reach"
platforms = ["instagram"]
baseline = 3000
target = 6000
per = "month"

[[objectives]]
id = "community"
kind = "engagement"
statement = "Grow the LinkedIn community"
kpi = "followers"
platforms = ["linkedin"]
baseline = 1000
target = 3000

[[objectives]]
id = "audience"
kind = "awareness"
statement = "Reach 3 million people over the three years"
kpi = "reach"
platforms = {platforms}
target = 3000000

[[pillars]]
id = "news"
name = "News"
share = 1.0

[[messages]]
persona = "clients"
stage = "awareness"
key_message = "What is new this week"
content_types = ["image"]
pillars = ["news"]
{always_on}
{chosen}
[[kpis]]
id = "ig-reach"
metric = "reach"
objective = "reach"
platform = "instagram"
review = "monthly"
alert_below = 0.8

[resources]
budget = 30000

[[resources.team]]
name = "Sam"
hours_per_week = 20
skills = ["photo", "copywriting", "design", "community_management", "analytics", "video"]
'''
always_on = "".join(f'\n[[always_on]]\nplatform = "{n}"\nposts_per_week = 7\nformats = {{ image = 7 }}\n' for n in networks)
chosen = "".join(f'\n[[platforms]]\nid = "{n}"\n' for n in networks)
platforms = "[" + ", ".join(f'"{n}"' for n in networks) + "]"
for n in range(count):
    rng = random.Random(n)
    with open(os.path.join(out, f"strategy-{n}.toml"), "w") as f:
        f.write(strategy.format(n=n, always_on=always_on, chosen=chosen, platforms=platforms))
    with open(os.path.join(out, f"figures-{n}.csv"), "w") as f:
        f.write("date,network,metric,value,post_id\n")
        for k, network in enumerate(networks):
            followers = 1000 + rng.randrange(500)
            for i, day in enumerate(days):
                followers += rng.randrange(4)
                d = day.isoformat()
                f.write(f"{d},{network},followers,{followers},\n")
                f.write(f"{d},{network},reach,{80 + rng.randrange(40)},{network}-{n}-{i}\n")
PY

echo "creating $count strategies and importing their figures (about 13,000 rows each)..."
started=$(date +%s)
for n in $(seq 0 $((count - 1))); do
  id=$(curl -fsS -H "Authorization: Bearer $token" -H "Content-Type: application/toml" \
    --data-binary @"$data/strategy-$n.toml" "$base/api/v1/workspaces/demo/strategies" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  echo "$id" >>"$data/ids.txt"
  echo "$id $n"
done >"$data/pairs.txt"
xargs -P 2 -n 2 sh -c 'curl -fsS -o /dev/null -H "Authorization: Bearer '"$token"'" --data-binary @'"$data"'/figures-$1.csv "'"$base"'/api/v1/strategies/$0/imports?filename=figures.csv"' <"$data/pairs.txt"
echo "  $(( $(date +%s) - started )) s"

# Each import refreshes its strategy's summary in the background; the overview sets the
# stale ones going too. Wait until every summary is today's.
echo "waiting for every summary..."
started=$(date +%s)
for _ in $(seq 1 600); do
  page=$(curl -fsS -H "Cookie: $cookie" -H "Accept-Language: en" "$base/w/demo/overview")
  if ! grep -q "being updated\|Being read" <<<"$page"; then break; fi
  sleep 1
done
echo "  $(( $(date +%s) - started )) s; objectives listed: $(grep -o '<tr><td><a href="/s/' <<<"$page" | wc -l)"

cat >"$data/spread.lua" <<'LUA'
-- Requests spread at random over the strategies: ROUTE holds {id}.
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local route = os.getenv("ROUTE")
wrk.headers["Accept-Language"] = "en"
if os.getenv("COOKIE") ~= "" then wrk.headers["Cookie"] = os.getenv("COOKIE") end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", (route:gsub("{id}", ids[math.random(#ids)])))
end
LUA

run() {
  local label=$1 route=$2 cookie_value=$3 target=$4
  local output
  output=$(IDS="$data/ids.txt" ROUTE="$route" COOKIE="$cookie_value" \
    wrk -t2 -c8 -d"${seconds}s" --latency -s "$data/spread.lua" "$target")
  local rps p50 p99 errors
  rps=$(echo "$output" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$output" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$output" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$output" | awk '/Non-2xx/ {print $NF}')
  printf '%-18s %10s req/s   p50 %8s   p99 %8s' "$label" "$rps" "$p50" "$p99"
  if [ -n "$errors" ]; then printf '   non-2xx %s' "$errors"; fi
  printf '\n'
}

echo "wrk -t2 -c8 -d${seconds}s on 127.0.0.1 (server and wrk share the machine's 2 cores)"
run hello "/" "" "http://127.0.0.1:18190"
run overview "/w/demo/overview" "$cookie" "$base"
if [ "${PROFILE:-0}" != 0 ]; then
  # Where the results view's time goes: perf samples the server during the run (PROFILE=2:
  # with the callers, from DWARF unwinding: slower, for reading with perf report -G).
  graph=(-g)
  if [ "${PROFILE}" = 2 ]; then graph=(--call-graph dwarf,32768 -F 199); fi
  perf record -F 999 "${graph[@]}" -o target/bench-results-view.perf -p "$server" \
    -- sleep "$seconds" >/dev/null 2>&1 &
  profiler=$!
fi
run results-view "/s/{id}/progress" "$cookie" "$base"
if [ "${PROFILE:-0}" != 0 ]; then
  wait "$profiler" || true
  perf report -i target/bench-results-view.perf --no-children --percent-limit 1.5 --stdio \
    2>/dev/null | grep -E '^ +[0-9]' | head -40
fi
sleep 1
echo "server RSS after the run: $(( $(ps -o rss= -p "$server" | tr -d ' ') / 1024 )) MB"
echo "database: $(du -sh "$data" | cut -f1)"
