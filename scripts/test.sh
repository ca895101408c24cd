#!/usr/bin/env bash
# The tests, as a newcomer runs them on a fresh machine: installs what the PDF checks need
# (poppler's pdftotext, pdfinfo and pdffonts, from Debian's poppler-utils) and the SMTP server
# the email tests send to (Python's aiosmtpd, from PyPI), then runs every test of the
# workspace with every feature (PDF included).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdffonts >/dev/null 2>&1; then
  echo "== installing poppler-utils (for the PDF checks)"
  sudo_if_needed=()
  if [ "$(id -u)" -ne 0 ]; then sudo_if_needed=(sudo); fi
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq poppler-utils >/dev/null
fi

if ! python3 -c "import aiosmtpd" >/dev/null 2>&1; then
  echo "== installing aiosmtpd (the local SMTP server the email tests send to)"
  python3 -m pip install --quiet --disable-pip-version-check aiosmtpd
fi

cargo test --workspace --all-features "$@"
