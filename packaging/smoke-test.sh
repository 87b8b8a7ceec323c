#!/usr/bin/env bash
# Build the wheel, install it into a fresh venv, and check that an installed app finds its
# resources and writes a demo workshop (no source checkout on the path).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip wheel -q --no-deps -w "$tmp/dist" .
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q "$tmp"/dist/facilitator-*.whl
cd "$tmp"
"$tmp/venv/bin/facilitator" templates
"$tmp/venv/bin/facilitator" demo "$tmp/demo.workshop" --no-open
"$tmp/venv/bin/facilitator" check "$tmp/demo.workshop"
