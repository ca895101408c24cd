#!/usr/bin/env bash
# Tomster's main job end to end on an example: write a strategy, check it, then show the
# recommendations and the plan. Usage: scripts/demo.sh [EXAMPLE] (boulangerie or b2b-saas).
set -euo pipefail
cd "$(dirname "$0")/.."

example="${1:-boulangerie}"
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
file="$workdir/$example.toml"

cargo build --quiet --release --bin tomster
tomster=target/release/tomster

"$tomster" init "$file" --example "$example"
echo
"$tomster" check "$file"
echo
"$tomster" recommend "$file"
echo
"$tomster" plan "$file"
