#!/usr/bin/env bash
# Tomster's main job in the browser: the web application on the embedded SQLite database, with
# a demo workspace holding every example and a demo account whose password is printed.
# Usage: scripts/serve-demo.sh [--check]   (then open the address it prints)
#   --check  starts it on a spare port, signs in, opens a strategy's pages, stops it with
#            SIGTERM and checks that it stopped cleanly (what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."

# The same build as the tests (all features, PDF included), so it is built once.
cargo build --quiet --workspace --all-features --bin tomster
tomster=target/debug/tomster
data=target/demo-data

if [ "${1:-}" != "--check" ]; then
  exec "$tomster" serve --demo --data-dir "$data" --addr 127.0.0.1:8080
fi

rm -rf target/demo-check && mkdir -p target/demo-check
log=target/demo-check/serve.log
port=18080
"$tomster" serve --demo --data-dir target/demo-check/data --addr "127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
password=$(sed -n 's/.*with the password \([0-9a-f]*\).*/\1/p' "$log")
test -n "$password" || { cat "$log"; echo "no demo password printed"; exit 1; }
jar=target/demo-check/cookies
curl -fsS -c "$jar" -o /dev/null --data-urlencode "email=demo@tomster.example" \
  --data-urlencode "password=$password" "http://127.0.0.1:$port/login"
strategy=$(curl -fsS -b "$jar" "http://127.0.0.1:$port/w/demo" | grep -o '/s/[0-9a-f]*' | head -1)
test -n "$strategy" || { echo "no strategy in the demo workspace"; exit 1; }
for step in target objectives message strategy technologies evaluate resources; do
  curl -fsS -b "$jar" -o /dev/null "http://127.0.0.1:$port$strategy/step/$step"
done
curl -fsS -b "$jar" -o target/demo-check/document.pdf "http://127.0.0.1:$port$strategy/download/document.pdf"
test -s target/demo-check/document.pdf
kill -TERM "$server"
wait "$server"
trap - EXIT
grep -q "shutting down" "$log" || { cat "$log"; echo "no graceful shutdown"; exit 1; }
echo "signed in, opened the seven steps and the PDF of $strategy, stopped cleanly"
