#!/usr/bin/env bash
# Check the app as a user gets it, from an unrelated folder, offscreen. Exits non-zero on the
# first failure.
#
#   packaging/smoke-test.sh                  build the wheel from a clean copy of the project,
#                                            install it (with its dependencies) in a fresh venv
#   packaging/smoke-test.sh --bundle EXE     an app bundle's executable, as `./dev bundle` runs it
#                                            (dist/facilitator/facilitator; facilitator-cli.exe
#                                            on Windows; Facilitator.app/Contents/MacOS/facilitator)
#
# Either way: `--version` prints the project's version, the resources are found, the demo
# workshop opens in the window with every menu (Meeting, Handouts, Backups among them) and every
# worksheet kind built, every handout kind and every export format is written. With --bundle on
# Linux it also installs the desktop integration into a scratch prefix and runs the desktop
# entry's command on a workshop file, as a double-click would, and (where Xvfb is installed)
# opens the demo on a real X server.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "smoke test: $*" >&2; exit 1; }

if [ "${1:-}" = "--bundle" ]; then
  [ -n "${2:-}" ] || fail "usage: $0 --bundle EXECUTABLE"
  app=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
  [ -x "$app" ] || fail "$2 is not an executable bundle"
else
  mkdir "$tmp/src"
  # A copy, so that a stale build/ or *.egg-info in the checkout cannot hide a missing package.
  cp -r facilitator resources pyproject.toml setup.py README.md "$tmp/src/"
  rm -rf "$tmp/src/facilitator.egg-info"
  find "$tmp/src" -name __pycache__ -prune -exec rm -rf {} +
  "$PY" -m pip wheel -q --no-deps -w "$tmp/dist" "$tmp/src"
  "$PY" -m venv "$tmp/venv"
  "$tmp/venv/bin/pip" install -q "$tmp"/dist/facilitator-*.whl
  app="$tmp/venv/bin/facilitator"
fi

cd "$tmp"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
       FACILITATOR_TEMPLATES="$tmp/templates"
unset PYTHONPATH PYTHONHOME

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/facilitator/__init__.py")
got=$("$app" --version | tr -d '\r')   # (Windows ends lines with CR LF)
[ "$got" = "facilitator $version" ] || fail "--version printed '$got', not 'facilitator $version'"
echo "version: $got"

# Every shipped template, none broken: resources/ travelled with the app.
"$app" templates > "$tmp/templates.txt"
shipped=$(ls "$ROOT"/resources/workshops/*.yaml | wc -l | tr -d ' ')
listed=$(grep -c " min " "$tmp/templates.txt" || true)
[ "$listed" = "$shipped" ] || fail "templates lists $listed templates, not the $shipped shipped"
! grep -q BROKEN "$tmp/templates.txt" || fail "a shipped template is broken: $(cat "$tmp/templates.txt")"
echo "templates: $listed"
"$app" demo "$tmp/demo.workshop" --no-open
"$app" check "$tmp/demo.workshop"

# --check-ui lists every menu and builds every worksheet; it exits 1 if one failed.
# (Its stderr is shown only on failure: the offscreen platform warns about window hints.)
"$app" open "$tmp/demo.workshop" --exit-after-load --check-ui > "$tmp/ui.txt" 2> "$tmp/ui.err" \
  || { cat "$tmp/ui.txt" "$tmp/ui.err"; fail "the window did not open the demo"; }
grep -E "^(ready|menu|worksheet|feature|room)" "$tmp/ui.txt"
for want in "menu File:" "menu Edit:" "menu View:" "menu Meeting:" "Handouts…" "Export…" \
            "Restore from a backup…" "worksheet table:" "worksheet ideas:" "worksheet grid:" \
            "worksheet actions:" "worksheet themes:" "worksheet text:" "menu Room:" \
            "room: ready"; do
  grep -q -- "$want" "$tmp/ui.txt" || fail "missing '$want'"
done
! grep -q "FAILED" "$tmp/ui.txt" || fail "a feature or worksheet failed to build"

# Every handout kind and every export format this build's own CLI offers.
kinds=$("$app" handouts --help | tr -d '\r\n' | sed -n 's/.*--kind {\([a-z,]*\)}.*/\1/p' \
        | tr ',' ' ')
[ -n "$kinds" ] || fail "handouts --help lists no kinds"
for kind in $kinds; do
  [ "$kind" != all ] || continue
  "$app" handouts "$tmp/demo.workshop" --kind "$kind" --out "$tmp/handouts-$kind" >/dev/null
  pdfs=("$tmp/handouts-$kind"/*.pdf)
  [ -f "${pdfs[0]}" ] || fail "handouts --kind $kind wrote no PDF"
  for pdf in "${pdfs[@]}"; do
    [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
  done
  echo "handout $kind: ${#pdfs[@]} PDF"
done
# The handout fonts and the shaping engine: names in Arabic, Devanagari, Chinese, Hebrew and
# Ge'ez on per-participant covers print without the "could not be printed" warning.
"$app" new check-in "$tmp/scripts.workshop" --title "Check-in ✓" --participant "Ana Núñez" \
  --participant "محمد علي" --participant "प्रिया शर्मा" --participant "王芳" \
  --participant "שרה לוי" --participant "አበበ ቢቂላ" >/dev/null
"$app" handouts "$tmp/scripts.workshop" --kind packet --per-participant \
  --out "$tmp/handouts-scripts" > /dev/null 2> "$tmp/scripts.err" \
  || { cat "$tmp/scripts.err"; fail "per-participant packets in six scripts failed"; }
! grep -q "warning" "$tmp/scripts.err" || fail "$(cat "$tmp/scripts.err")"
echo "handout fonts: six scripts printed"
formats=$("$app" export --help | tr -d '\r\n' | sed -n 's/.*--format \([a-z|]*\).*/\1/p' | tr '|' ' ')
[ -n "$formats" ] || fail "export --help lists no formats"
for format in $formats; do
  out="$tmp/export.$format"
  "$app" export "$tmp/demo.workshop" --format "$format" --out "$out" >/dev/null
  [ -s "$out" ] || fail "export --format $format wrote nothing"
  echo "export $format: $(wc -c < "$out" | tr -d ' ') bytes"
done
"$app" invite "$tmp/demo.workshop" --ics "$tmp/invite.ics" >/dev/null 2>&1
grep -q "BEGIN:VCALENDAR" "$tmp/invite.ics" || fail "invite --ics wrote no calendar"

# The desktop integration the Linux bundle carries: install it into a scratch prefix, then run
# the desktop entry's Exec line with a workshop file for %f, as a double-click does.
bundle_dir=$(dirname "$app")
if [ "${1:-}" = "--bundle" ] && [ -x "$bundle_dir/install.sh" ]; then
  "$bundle_dir/install.sh" --prefix "$tmp/prefix" > "$tmp/install.txt" 2>&1 \
    || { cat "$tmp/install.txt"; fail "install.sh failed"; }
  entry="$tmp/prefix/share/applications/facilitator.desktop"
  exec_line=$(sed -n 's/^Exec=//p' "$entry")
  read -r -a command <<< "${exec_line/\%f/$tmp/demo.workshop}"
  "${command[@]}" --exit-after-load > "$tmp/double-click.txt" 2> "$tmp/double-click.err" \
    || { cat "$tmp/double-click.err"; fail "the desktop entry's command did not open a file"; }
  grep -q "^ready after .*(Attract and retain: demo focus group)" "$tmp/double-click.txt" \
    || fail "the desktop entry's command did not open the workshop: $(cat "$tmp/double-click.txt")"
  echo "desktop entry: $exec_line opens a workshop file"
  # Offscreen loads none of the X11 libraries; where Xvfb is installed, open the demo once on
  # a real X server with Qt's xcb plugin, as on a laptop.
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
      "$app" open "$tmp/demo.workshop" --exit-after-load --check-ui > "$tmp/x11.txt" \
      2> "$tmp/x11.err" || { cat "$tmp/x11.txt" "$tmp/x11.err"; fail "the app did not open on X11"; }
    grep "^ready after" "$tmp/x11.txt" | sed 's/^/X11: /'
  fi
  # The freedesktop validators, where installed (desktop-file-utils, appstream).
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$entry" || fail "the desktop entry is not valid"
    echo "desktop entry: valid"
  fi
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$tmp/prefix/share/metainfo/"*.metainfo.xml \
      || fail "the AppStream metadata is not valid"
  fi
fi
echo "smoke test: ok"
