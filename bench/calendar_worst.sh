#!/usr/bin/env bash
# The worst calendar the loader accepts: 13 networks at 100 posts a week (the largest cadence),
# 5 operations at 100 extra posts a week over the whole period on every network, over 20 years
# (the longest period), with messages for every persona and stage. Prints the time and peak
# memory of `tomster calendar` (CSV) and `tomster render` (HTML) on it, one line per run.
# Target: under 5 s and 200 MB each. Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
binary=target/release/tomster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strategy="$work/worst-calendar.toml"

python3 - "$strategy" <<'PY'
import sys
networks = ["facebook", "instagram", "linkedin", "x", "tiktok", "youtube", "pinterest",
            "snapchat", "threads", "whatsapp", "reddit", "twitch", "bluesky"]
quoted = ", ".join(f'"{network}"' for network in networks)
parts = ['[strategy]\nname = "Worst calendar"\nlanguage = "en"\ncountry = "FR"\n'
         'start = 2027-01-01\nend = 2046-12-31\n']
for pillar in ["a", "b", "c"]:
    parts.append(f'[[pillars]]\nid = "{pillar}"\nshare = 0.333\n')
parts.append(f'[[personas]]\nid = "p"\nchannels = [{quoted}]\n'
             'stage_mix = { awareness = 0.4, consideration = 0.3, decision = 0.3 }\n')
for stage in ["awareness", "consideration", "decision"]:
    for pillar in ["a", "b", "c"]:
        parts.append(f'[[messages]]\npersona = "p"\nstage = "{stage}"\npillars = ["{pillar}"]\n'
                     f'key_message = "A {stage} message about {pillar}"\n'
                     'content_types = ["image", "text", "short_video"]\n')
for network in networks:
    parts.append(f'[[always_on]]\nplatform = "{network}"\nposts_per_week = 100\n')
for index in range(5):
    parts.append(f'[[operations]]\nid = "operation-{index}"\nname = "Operation {index}"\n'
                 f'start = 2027-01-01\nend = 2046-12-31\nplatforms = [{quoted}]\n'
                 'posts_per_week = 100\nkey_message = "Now on"\n')
open(sys.argv[1], "w").write("".join(parts))
PY

measure() {
  local label=$1
  shift
  local report="$work/time.txt"
  /usr/bin/time -v "$@" 2>"$report" >/dev/null || true
  local elapsed memory
  elapsed=$(grep 'Elapsed (wall clock)' "$report" | awk '{print $NF}')
  memory=$(grep 'Maximum resident set size' "$report" | awk '{print $NF}')
  printf '%-34s %10s  %6d MB\n' "$label" "$elapsed" "$((memory / 1024))"
}

measure "calendar --format csv (20 years)" "$binary" calendar "$strategy" --format csv -o "$work/out.csv"
echo "  slots written: $(($(grep -c ',post$' "$work/out.csv" || true)))"
measure "calendar --format ics (20 years)" "$binary" calendar "$strategy" --format ics -o "$work/out.ics"
measure "render --format html (20 years)" "$binary" render "$strategy" --format html -o "$work/out.html"
