#!/usr/bin/env bash
# Pack dist/Facilitator.app (built by packaging/facilitator.spec on macOS) into a disk image
# with an Applications shortcut, so that a user drags the app across to install it.
#
#   packaging/macos/make-dmg.sh VERSION      writes dist/Facilitator-VERSION.dmg
#
# The image is not signed or notarised (that needs the project's Apple Developer ID): the first
# start is by right-click > Open, as packaging/README.md says.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:?usage: $0 VERSION}
app=dist/Facilitator.app
[ -d "$app" ] || { echo "make-dmg: $app is missing; build the bundle first" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "dist/Facilitator-$version.dmg"
hdiutil create -volname "Facilitator $version" -srcfolder "$stage" -ov -format UDZO \
  "dist/Facilitator-$version.dmg"
echo "dist/Facilitator-$version.dmg"
