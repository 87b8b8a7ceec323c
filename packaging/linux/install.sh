#!/usr/bin/env bash
# Install the Facilitator bundle for the current user, without administrator rights: the app
# goes to PREFIX/lib/facilitator, a `facilitator` command to PREFIX/bin, and the desktop entry,
# icons, the .workshop file type and the AppStream metadata under PREFIX/share, so that the app
# is in the applications menu and a double-click on a workshop file opens it.
#
#   ./install.sh                  PREFIX is ~/.local
#   ./install.sh --prefix DIR     (as root, --prefix /usr/local installs it for everyone)
#   ./install.sh --uninstall      remove what an install put there
#
# Run from the unpacked bundle (the folder holding the `facilitator` executable and share/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    *) echo "usage: $0 [--prefix DIR] [--uninstall]" >&2; exit 2 ;;
  esac
done
share="$prefix/share"
app_dir="$prefix/lib/facilitator"
entry=facilitator.desktop
metainfo=io.github.facilitator.facilitator.metainfo.xml

refresh() {
  # Caches that desktops read; missing tools only mean a desktop picks changes up later.
  command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
  command -v update-desktop-database >/dev/null \
    && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null \
    && gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$app_dir"
  rm -f "$prefix/bin/facilitator" "$share/applications/$entry" "$share/metainfo/$metainfo" \
        "$share/mime/packages/facilitator.xml" "$share/icons/hicolor/scalable/apps/facilitator.svg" \
        "$share"/icons/hicolor/*x*/apps/facilitator.png
  refresh
  echo "Facilitator removed from $prefix"
  exit 0
fi

[ -x "$here/facilitator" ] || { echo "install.sh: run it from the unpacked bundle" >&2; exit 1; }
mkdir -p "$app_dir" "$prefix/bin" "$share/applications" "$share/metainfo" "$share/mime/packages"
# Replace, never merge: files left from an older version must not mix with the new ones.
rm -rf "$app_dir"
cp -a "$here" "$app_dir"
ln -sfn "$app_dir/facilitator" "$prefix/bin/facilitator"

# The entry runs the installed executable by its full path: ~/.local/bin is not on every
# desktop session's PATH.
command=$app_dir/facilitator
case "$command" in *[[:space:]]*) command="\"$command\"" ;; esac
sed -e "s|^Exec=facilitator |Exec=$command |" -e "s|^TryExec=facilitator$|TryExec=$app_dir/facilitator|" \
  "$here/share/applications/$entry" > "$share/applications/$entry"
cp "$here/share/metainfo/$metainfo" "$share/metainfo/"
cp "$here/share/mime/packages/facilitator.xml" "$share/mime/packages/"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$share/icons/$(dirname "$icon")"
  cp "$here/share/icons/$icon" "$share/icons/$icon"
done
refresh
echo "Facilitator installed in $app_dir; run it from the applications menu or as $prefix/bin/facilitator"
