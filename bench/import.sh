#!/usr/bin/env bash
# Imports a generated Meta Business Suite Instagram post export (the columns, quoting and date
# format of the real ones; 5,000,000 posts by default, about 1.4 GB) three ways in one run, and
# sums its figures per week:
#   1. the CLI reader: `tomster results --per week --format json` (no database);
#   2. the server: the file POSTed to /api/v1/strategies/{id}/imports into SQLite, then
#      GET /observations?per=week;
#   3. DuckDB reading the same file and computing the same weekly sums (`pip install duckdb`).
# Prints the time and peak memory of each, whether the three agree on every weekly sum, and the
# latency of /healthz/live, of a strategy's diagnostics and of its step page, idle and while
# the server imports.
# Usage: bench/import.sh [POSTS]     (needs python3, curl and GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."

posts="${1:-5000000}"
if ! python3 -c "import duckdb" 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check duckdb
fi
# The PDF code plays no part here: left out, the release build takes minutes less.
cargo build --release --quiet --no-default-features -p tomster
tomster=target/release/tomster
work=target/bench-import
rm -rf "$work" && mkdir -p "$work"
# The generated export is kept between runs (the same seed writes the same bytes).
export="target/bench-import-$posts-posts.csv"

if [ ! -s "$export" ]; then
echo "== writing $posts posts"
python3 - "$export.part" "$posts" <<'PY'
import sys, datetime, random
path, count = sys.argv[1], int(sys.argv[2])
random.seed(20261204)
header = ('\ufeff"Post ID","Account ID","Account username","Account name",Description,'
          '"Duration (sec)","Publish time",Permalink,"Post type","Data comment",Date,Views,Reach,'
          'Likes,Shares,Follows,Comments,Saves\n')
start = datetime.datetime(2024, 1, 1)
kinds = ["IG image", "IG carousel", "IG reel"]
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write(header)
    lines = []
    for n in range(count):
        at = start + datetime.timedelta(minutes=n * 7 % (2 * 365 * 24 * 60))
        views = random.randint(50, 90000)
        text = f'"Post {n}: a caption, with commas, ""quotes"" and\nsecond line #tomster"'
        lines.append(f'{18000000000000000 + n},17841400000000000,bench.account,"Bench account",'
                     f'{text},{n % 60},"{at:%m/%d/%Y %H:%M}",https://www.instagram.com/p/B{n}/,'
                     f'"{kinds[n % 3]}",,Lifetime,{views},{views * 7 // 10},{views // 40},'
                     f'{views // 300},{n % 9},{views // 900},{views // 500}\n')
        if len(lines) == 10000:
            out.write("".join(lines))
            lines = []
    out.write("".join(lines))
PY
mv "$export.part" "$export"
fi
ls -l "$export" | awk '{printf "   %.0f MB\n", $5 / 1048576}'

"$tomster" init "$work/strategy.toml" --example boulangerie >/dev/null

# Read once before the three: each then reads it from the page cache, as DuckDB would not
# otherwise (it runs last, after the server has read the file).
cat "$export" >/dev/null

echo "== 1. the CLI reader: tomster results --per week"
/usr/bin/time -f "%e %M" -o "$work/cli.time" \
  "$tomster" results "$work/strategy.toml" "$export" --per week --format json >"$work/cli.json"
read -r cli_seconds cli_kb <"$work/cli.time"

echo "== 2. the server: import through the API into SQLite"
data="$work/data"
"$tomster" admin --data-dir "$data" create-user bench@tomster.example --password-stdin <<<"a long enough passphrase" >/dev/null
"$tomster" admin --data-dir "$data" create-workspace bench --name Bench --owner bench@tomster.example >/dev/null
token=$("$tomster" admin --data-dir "$data" create-token bench@tomster.example --workspace bench --name bench)
port=18290
"$tomster" serve --data-dir "$data" --addr "127.0.0.1:$port" --work-budget 7200 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
strategy=$(curl -fsS -H "Authorization: Bearer $token" -H "Content-Type: application/toml" \
  --data-binary @"$work/strategy.toml" "http://127.0.0.1:$port/api/v1/workspaces/bench/strategies" \
  | python3 -c "import json, sys; print(json.load(sys.stdin)['id'])")
cookie=$(curl -fsS -D - -o /dev/null --data-urlencode "email=bench@tomster.example" \
  --data-urlencode "password=a long enough passphrase" "http://127.0.0.1:$port/login" \
  | sed -n 's/^set-cookie: \(tomster_session=[0-9a-f]*\).*/\1/ip')
# The step page as a person sees it, shown once before the import (as after a save).
curl -fsS -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port/s/$strategy/step/target"
idle_kb=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
# A probe asks for /healthz/live, the strategy's diagnostics and its step page every 50 ms,
# and keeps each answer's time: 10 s with the server idle, then while it imports.
cat >"$work/probe.py" <<'PY'
import json, os, sys, time, urllib.request
port, token, strategy, out, flag, cookie = sys.argv[1:]
base = f"http://127.0.0.1:{port}"
targets = {"healthz/live": (f"{base}/healthz/live", {}),
           "diagnostics": (f"{base}/api/v1/strategies/{strategy}/diagnostics", {"Authorization": f"Bearer {token}"}),
           "step page": (f"{base}/s/{strategy}/step/target", {"Cookie": cookie})}
times = {name: [] for name in targets}
failed = {name: 0 for name in targets}
while not os.path.exists(flag):
    time.sleep(0.01)
while os.path.exists(flag):
    for name, (url, headers) in targets.items():
        started = time.perf_counter()
        try:
            urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30).read()
        except Exception:
            failed[name] += 1
            continue
        times[name].append(time.perf_counter() - started)
    time.sleep(0.05)
json.dump({"times": times, "failed": failed}, open(out, "w"))
PY
touch "$work/idle"
python3 "$work/probe.py" "$port" "$token" "$strategy" "$work/probe-idle.json" "$work/idle" "$cookie" &
idle_probe=$!
sleep 10 && rm -f "$work/idle" && wait "$idle_probe"
python3 "$work/probe.py" "$port" "$token" "$strategy" "$work/probe.json" "$work/importing" "$cookie" &
probe=$!
touch "$work/importing"
start=$(date +%s.%N)
curl -fsS -o "$work/import.json" -H "Authorization: Bearer $token" -H "Content-Type: text/csv" \
  --upload-file "$export" -X POST "http://127.0.0.1:$port/api/v1/strategies/$strategy/imports?filename=posts.csv"
end=$(date +%s.%N)
rm -f "$work/importing"
wait "$probe"
server_seconds=$(python3 -c "print(f'{$end - $start:.1f}')")
server_kb=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
# The weekly sums as the API gives them (the database picks each figure's standing value and
# sums them per day): timed, and the server's peak memory read again after it.
sums_start=$(date +%s.%N)
curl -fsS -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$port/api/v1/strategies/$strategy/observations?per=week&network=instagram" >"$work/server.json"
sums_seconds=$(python3 -c "print(f'{$(date +%s.%N) - $sums_start:.1f}')")
sums_kb=$(awk '/VmHWM/ {print $2}' /proc/$server/status)

echo "== 3. DuckDB"
python3 - "$export" "$work/duckdb.json" <<'PY'
import json, resource, sys, time
import duckdb
path, out = sys.argv[1], sys.argv[2]
started = time.time()
rows = duckdb.sql(f"""
    SELECT strftime(date_trunc('week', strptime("Publish time", '%m/%d/%Y %H:%M')), '%Y-%m-%d') AS week,
           sum(Views), sum(Reach), sum(Likes), sum(Shares), sum(Follows), sum(Comments), sum(Saves), count(*)
    FROM read_csv('{path}', header = true, quote = '"', escape = '"')
    GROUP BY week ORDER BY week""").fetchall()
seconds = time.time() - started
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
metrics = ["views", "reach", "likes", "shares", "follows", "comments", "saves", "posts"]
sums = {f"{metric} {row[0]}": float(value) for row in rows for metric, value in zip(metrics, row[1:])}
json.dump({"seconds": seconds, "peak_kb": peak_kb, "sums": sums}, open(out, "w"))
PY

python3 - "$work" "$cli_seconds" "$cli_kb" "$server_seconds" "$server_kb" "$idle_kb" "$sums_seconds" "$sums_kb" <<'PY'
import json, sys
work, cli_seconds, cli_kb, server_seconds, server_kb, idle_kb, sums_seconds, sums_kb = sys.argv[1:]
duck = json.load(open(f"{work}/duckdb.json"))
cli = {f"{f['metric']} {f['start']}": f["value"] for f in json.load(open(f"{work}/cli.json"))["figures"]}
server = {f"{f['metric']} {f['start']}": f["value"] for f in json.load(open(f"{work}/server.json"))}
imported = json.load(open(f"{work}/import.json"))
mb = lambda kb: float(kb) / 1024
print()
print(f"{'reader':<28}{'time':>10}{'peak memory':>14}")
print(f"{'DuckDB (read + weekly sums)':<28}{duck['seconds']:>9.2f}s{mb(duck['peak_kb']):>11.0f} MB")
print(f"{'tomster results (CLI)':<28}{float(cli_seconds):>9.2f}s{mb(cli_kb):>11.0f} MB")
print(f"{'server import into SQLite':<28}{float(server_seconds):>9.1f}s{mb(server_kb):>11.0f} MB   (idle {mb(idle_kb):.0f} MB; {imported['posts']['added']} posts added)")
print(f"{'server: GET weekly sums':<28}{float(sums_seconds):>9.1f}s{mb(sums_kb):>11.0f} MB   (peak since start)")
print(f"CLI / DuckDB: {float(cli_seconds) / duck['seconds']:.1f}x   server / DuckDB: {float(server_seconds) / duck['seconds']:.1f}x")
for when, file in [("idle", "probe-idle.json"), ("during the import", "probe.json")]:
    probed = json.load(open(f"{work}/{file}"))
    for name, samples in probed["times"].items():
        samples = sorted(samples)
        if samples:
            p50 = samples[len(samples) // 2] * 1000
            p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))] * 1000
            print(f"{when}, {name}: {len(samples)} answers, p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
                  f"{probed['failed'][name]} failed")
for name, sums in [("CLI", cli), ("server", server)]:
    differing = [key for key, value in duck["sums"].items() if abs(sums.get(key, -1) - value) > 1e-6]
    extra = [key for key in sums if key not in duck["sums"]]
    verdict = "the same weekly sums" if not differing and not extra else f"{len(differing)} sums differ, {len(extra)} extra (first: {(differing + extra)[:3]})"
    print(f"{name} against DuckDB over {len(duck['sums'])} weekly sums: {verdict}")
PY
