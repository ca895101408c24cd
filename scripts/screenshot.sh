#!/usr/bin/env bash
# Renders an example's HTML document and takes screenshots of it in headless Chromium, on a
# desktop width and a phone width, to look at how the document reads.
# Usage: scripts/screenshot.sh [EXAMPLE] [OUT_DIR]   (needs Debian's chromium package)
set -euo pipefail
cd "$(dirname "$0")/.."

example="${1:-boulangerie}"
out="${2:-target/screenshots}"
mkdir -p "$out"
# An absolute path, so the page's file:// address is right whether OUT_DIR is relative or not.
out="$(cd "$out" && pwd)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

cargo build --quiet --bin tomster
strategy="$out/$example.toml"
target/debug/tomster init "$strategy" --example "$example" --force >/dev/null
target/debug/tomster render "$strategy" --format html -o "$out/$example.html" --date 2026-11-26

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-sync
  --disable-background-networking --disable-component-update --hide-scrollbars
  --user-data-dir="$profile")
chromium "${flags[@]}" --window-size=1280,4000 --screenshot="$out/$example-desktop.png" "file://$out/$example.html" 2>/dev/null
chromium "${flags[@]}" --window-size=390,3000 --screenshot="$out/$example-phone.png" "file://$out/$example.html" 2>/dev/null
echo "Screenshots in $out: $example-desktop.png, $example-phone.png"
