#!/usr/bin/env bash
# The worst accepted case: time and peak memory of `tomster check` (text and JSON) on the
# largest strategy the loader accepts: every list at its limit (strategy::LIST_LIMITS), entries
# full of text, the file just under the 8 MiB limit, and a diagnostic on almost every entry.
# Prints one line per run. Needs python3 (to write the file) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
binary=target/release/tomster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strategy="$work/largest.toml"

python3 - "$strategy" <<'PY'
import sys
path = sys.argv[1]
limit = 8 * 1024 * 1024
networks = ["facebook", "instagram", "linkedin", "x", "tiktok", "youtube", "pinterest",
            "snapchat", "threads", "whatsapp", "reddit", "twitch", "bluesky"]
parts = ['[strategy]\nname = "Largest accepted"\nlanguage = "en"\nstart = 2027-01-01\nend = 2046-12-31\n']
def persona(i, goals):
    return (f'[[personas]]\nid = "p{i}"\nname = "Persona {i}"\nsegment = "b2b"\n'
            f'age = {{ min = 18, max = 80 }}\nchannels = {networks!r}\n'
            f'stage_mix = {{ awareness = 0.4, consideration = 0.3, decision = 0.3 }}\n'
            f'goals = {goals!r}\n').replace("'", '"')
lists = []
for i in range(200):
    lists.append(f'[[objectives]]\nid = "o{i}"\nkind = "leads"\nkpi = "lead{i}"\nbaseline = 6\n'
                 f'target = 3000\ndeadline = 2027-10-31\npersonas = ["p{i % 100}"]\n')
for i in range(50):
    lists.append(f'[[pillars]]\nid = "pillar{i}"\nshare = 0.5\n')
for i in range(1000):
    lists.append(f'[[messages]]\npersona = "p{i % 100}"\nstage = "awareness"\npillars = ["pillar{i % 50}"]\n')
for i in range(50):
    lists.append(f'[[always_on]]\nplatform = "{networks[i % len(networks)]}"\nposts_per_week = 100\n'
                 'formats = { long_video = 50, carousel = 50 }\n')
for i in range(200):
    lists.append(f'[[operations]]\nid = "op{i}"\nkind = "influence"\nstart = 2027-01-01\nend = 2046-12-31\n'
                 f'platforms = ["instagram", "tiktok"]\nposts_per_week = 100\n')
for i in range(50):
    lists.append(f'[[platforms]]\nid = "{networks[i % len(networks)]}"\n')
for i in range(100):
    lists.append(f'[[tools]]\nname = "Tool {i}"\nmonthly_cost = 99\nseats = 10\n')
for i in range(500):
    lists.append(f'[[kpis]]\nid = "k{i}"\nmetric = "metric{i}"\nobjective = "o{i % 200}"\n')
lists.append('[resources]\nbudget = 10\n')
for i in range(100):
    lists.append(f'[[resources.team]]\nname = "Member {i}"\nhours_per_week = 1\n')
for i in range(50):
    lists.append(f'[[resources.outsourcing]]\nprovider = "Agency {i}"\nskills = ["video"]\n')
for i in range(100):
    lists.append(f'[[resources.training]]\ntopic = "Training {i}"\ncost = 100\n')
for i in range(200):
    lists.append(f'[[resources.milestones]]\nname = "Milestone {i}"\ndate = 2030-01-01\n')
fixed = "".join(parts) + "".join(lists)
# The personas take what is left of the 8 MiB in goals, so the file is as large as allowed.
budget = limit - len(fixed.encode()) - 100 * 400
goal = "Understand what the offer changes for the team " * 4
per_persona = max(1, budget // 100 // (len(goal) + 4))
personas = "".join(persona(i, [goal] * per_persona) for i in range(100))
text = "".join(parts) + personas + "".join(lists)
while len(text.encode()) > limit:
    per_persona -= 1
    personas = "".join(persona(i, [goal] * per_persona) for i in range(100))
    text = "".join(parts) + personas + "".join(lists)
open(path, "w").write(text)
PY

size=$(stat -c %s "$strategy")
status=0
"$binary" check "$strategy" --format json >"$work/out.json" 2>"$work/err.txt" || status=$?
if [ "$status" -ne 1 ]; then
  echo "the generated strategy should load and have errors (exit 1), got exit $status:" >&2
  head -5 "$work/err.txt" >&2
  exit 1
fi
diagnostics=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["diagnostics"]))' "$work/out.json")
echo "largest accepted strategy: $size bytes (limit 8388608), $diagnostics diagnostics"
for format in text json; do
  # Exit 1 is expected: the strategy is full of errors, which is the point.
  /usr/bin/time -f "check --format $format: %e s, peak memory %M KiB" \
    "$binary" check "$strategy" --format "$format" >/dev/null || true
done 2>&1 | grep '^check'
