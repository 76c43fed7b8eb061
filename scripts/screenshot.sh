#!/usr/bin/env bash
# Takes a screenshot of one view of followdesk on demo data, the way a user sees it.
#   scripts/screenshot.sh VIEW OUT.png [CONTACTS]
# VIEW: today, triage, contacts, pipeline, visibility or import.
# Needs Xvfb and ImageMagick: apt-get install -y --no-install-recommends xvfb xauth imagemagick
# FOLLOWDESK_BIN picks the binary (default: a release build, built if missing).
# SCREENSHOT_SIZE=800x600 sets the screen and window size (default 1280x800; resizing the
# window needs xdotool).
# The app starts in the system's language, as on a first start: LANG=de_DE.UTF-8 (or
# FOLLOWDESK_LANG=de) gives a German screenshot.
set -euo pipefail
view=${1:?usage: screenshot.sh VIEW OUT.png [CONTACTS]}
out=${2:?usage: screenshot.sh VIEW OUT.png [CONTACTS]}
contacts=${3:-2000}
cd "$(dirname "$0")/.."
bin=${FOLLOWDESK_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin="${CARGO_TARGET_DIR:-target}/release/followdesk"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite3"
"$bin" --db "$db" demo --contacts "$contacts" --seed 42 >/dev/null
# A private home keeps the screenshot free of the user's saved window state.
size=${SCREENSHOT_SIZE:-1280x800}
HOME="$work" XDG_DATA_HOME="$work" xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
  "$0" --db "$1" --view "$2" &
  pid=$!
  sleep 3
  if command -v xdotool >/dev/null; then
    w=$(xdotool search --name followdesk | head -1)
    [ -n "$w" ] && xdotool windowmove "$w" 0 0 windowsize "$w" "${4%x*}" "${4#*x}"
  fi
  sleep "${SCREENSHOT_WAIT:-8}"
  import -window root "$3"
  kill $pid
' "$bin" "$db" "$view" "$(realpath -m "$out")" "$size"
echo "saved $out"
