#!/usr/bin/env bash
# Build the wheel from a clean copy of the project, install it into a fresh venv (with its
# dependencies), and check from an unrelated folder that the installed app finds its resources,
# writes a demo workshop, opens it in the window (offscreen) and builds every menu and every
# worksheet kind. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/src"
# A copy, so that a stale build/ or *.egg-info in the checkout cannot hide a missing package.
cp -r facilitator resources pyproject.toml setup.py README.md "$tmp/src/"
rm -rf "$tmp/src/facilitator.egg-info"
find "$tmp/src" -name __pycache__ -prune -exec rm -rf {} +
"$PY" -m pip wheel -q --no-deps -w "$tmp/dist" "$tmp/src"
"$PY" -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q "$tmp"/dist/facilitator-*.whl
cd "$tmp"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
"$tmp/venv/bin/facilitator" templates
"$tmp/venv/bin/facilitator" demo "$tmp/demo.workshop" --no-open
"$tmp/venv/bin/facilitator" check "$tmp/demo.workshop"
# --check-ui lists every menu and builds every worksheet; it exits 1 if one failed.
"$tmp/venv/bin/facilitator" open "$tmp/demo.workshop" --exit-after-load --check-ui \
  | tee "$tmp/ui.txt"
for want in "menu File:" "menu Edit:" "menu View:" "menu Meeting:" "Handouts…" \
            "worksheet table:" "worksheet ideas:" "worksheet grid:" "worksheet actions:" \
            "worksheet themes:" "worksheet text:"; do
  grep -q -- "$want" "$tmp/ui.txt" || { echo "smoke test: missing '$want'" >&2; exit 1; }
done
echo "smoke test: ok"
