#!/usr/bin/env bash
# The API's contract against a live server: validates the OpenAPI document the server
# publishes (openapi-spec-validator) and runs schemathesis against it, every phase (examples,
# coverage, fuzzing, stateful) and every check but one, with a token of the demo workspace.
# What CI runs after the tests; installs both tools from PyPI when missing.
#
# The one check left out, positive_data_acceptance, expects every body the JSON Schema allows
# to be stored. A strategy is checked beyond what a schema can say (an objective's personas
# must exist, a period is at most twenty years, no control character in a text), and the API
# answers 422 with each problem's line and column, as the document says.
# Usage: scripts/api-check.sh [EXAMPLES]   (examples per operation, default 60)
set -euo pipefail
cd "$(dirname "$0")/.."

examples="${1:-60}"
if ! command -v schemathesis >/dev/null 2>&1 || ! python3 -c "import openapi_spec_validator" 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check "schemathesis>=4.3,<5" "openapi-spec-validator>=0.7"
fi
# The same build as the tests (all features), so it is built once.
cargo build --quiet --workspace --all-features --bin tomster
tomster=target/debug/tomster
work=target/api-check
rm -rf "$work" && mkdir -p "$work"
port=18280
base="http://127.0.0.1:$port"
"$tomster" serve --demo --data-dir "$work/data" --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
token=$("$tomster" admin --data-dir "$work/data" create-token demo@tomster.example --workspace demo --name api-check)

curl -fsS "$base/api/v1/openapi.json" -o "$work/openapi.json"
python3 - "$work/openapi.json" <<'PY'
import json, sys
from openapi_spec_validator import validate
validate(json.load(open(sys.argv[1])))
print("the OpenAPI document is valid (3.1)")
PY

schemathesis run "$base/api/v1/openapi.json" \
  --header "Authorization: Bearer $token" \
  --phases examples,coverage,fuzzing,stateful \
  --checks all --exclude-checks positive_data_acceptance \
  --max-examples "$examples" --seed 20261204 \
  --suppress-health-check too_slow,filter_too_much
