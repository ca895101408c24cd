#!/usr/bin/env bash
# Tomster's main job end to end on an example: write a strategy, check it, show the
# recommendations and the plan, then hand it over: the strategy document (HTML, PDF, Markdown)
# and the editorial calendar (ICS, CSV, Hootsuite, Metricool).
# Usage: scripts/demo.sh [EXAMPLE] [OUT_DIR]   (EXAMPLE: see `tomster init --list`)
set -euo pipefail
cd "$(dirname "$0")/.."

example="${1:-boulangerie}"
out="${2:-target/demo}"
mkdir -p "$out"
file="$out/$example.toml"

# The same build as the tests (all features, PDF included), so it is built once.
cargo build --quiet --workspace --all-features --bin tomster
tomster=target/debug/tomster

"$tomster" init "$file" --example "$example" --force
echo
"$tomster" check "$file"
echo
"$tomster" recommend "$file"
echo
"$tomster" plan "$file"
echo
"$tomster" render "$file" --format html -o "$out/$example.html"
"$tomster" render "$file" --format pdf -o "$out/$example.pdf"
"$tomster" render "$file" --format md -o "$out/$example.md"
"$tomster" calendar "$file" --format ics -o "$out/$example.ics"
"$tomster" calendar "$file" --format csv -o "$out/$example.csv"
"$tomster" calendar "$file" --format hootsuite -o "$out/hootsuite"
"$tomster" calendar "$file" --format metricool -o "$out/$example-metricool.csv"
echo
echo "The strategy, its document and its calendar are in $out/"
