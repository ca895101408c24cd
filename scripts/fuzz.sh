#!/usr/bin/env bash
# Fuzzes the importers for a bounded time: libFuzzer, through cargo fuzz on stable Rust (no
# sanitizer: the code is safe Rust; the target hunts panics, hangs and runaway memory).
# Seeds are the 62 real exports of crates/tomster-import/tests/exports. An input that fails
# is saved under fuzz/artifacts/import/ and the script exits non-zero.
# Usage: scripts/fuzz.sh [SECONDS]     (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install --quiet --locked cargo-fuzz
fi
corpus=fuzz/corpus/import
mkdir -p "$corpus"
# The seeds under their own names; what the fuzzer finds is kept beside them between runs.
find crates/tomster-import/tests/exports -type f -exec cp -n {} "$corpus/" \;
# -timeout: one input may take 10 s at most; -rss_limit_mb: a file must not make the reader
# grow without bound (uploads are 20 MB at most); -max_len: room for a real workbook.
cargo fuzz run --sanitizer none import "$corpus" -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 -print_final_stats=1
