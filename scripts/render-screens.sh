#!/usr/bin/env bash
# Renders each main screen of Reelbase to a PNG, without a desktop: starts the app under Xvfb with
# --screenshots, which shows the library grid, an asset in the inspector, the table, the workflow monitor,
# the workflows and the watch folders in turn, saves each, and quits.
#
#   scripts/render-screens.sh [OUT_DIR] [reelbase options...]
#   scripts/render-screens.sh target/screens --data-dir ~/.local/share/reelbase-bench   # the 1M catalogue
#
# Needs the built app (mvn -B install -DskipTests) and xvfb-run (Debian: apt-get install xvfb libgtk-3-0).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/target/screens}"
shift || true
app="$here/app/target/dist/bin/reelbase"
if [[ ! -x "$app" ]]; then
  echo "The app is not built yet: run 'mvn -B install -DskipTests' first." >&2
  exit 1
fi
if ! command -v xvfb-run >/dev/null; then
  echo "xvfb-run is missing: install it (Debian: apt-get install xvfb libgtk-3-0)." >&2
  exit 1
fi
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1440x900x24" "$app" --screenshots "$out" "$@"
echo "Screens written to $out:"
ls -1 "$out"/*.png
