#!/usr/bin/env bash
# Renders the diagrams of ASL definitions to PNG through headless Chromium, so they can be looked
# at as a person would (and shown in the README).
#
# Usage: scripts/render-diagrams.sh [--out DIR] FILE.asl.json [--as NAME] [--execution HISTORY.json] ...
#   Each definition gives DIR/<name>.svg and DIR/<name>.png (DIR defaults to docs/diagrams; the
#   name is the file's, without .asl.json, unless --as gives one). --execution after a file draws
#   that execution over it (<name>.execution.svg/.png) and writes the report <name>.execution.html.
# Installs the Debian package chromium when it is missing (needs root and network once).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/diagrams"
if [[ "${1:-}" == "--out" ]]; then
  out="$(mkdir -p "$2" && cd "$2" && pwd)"
  shift 2
fi
if [[ $# -eq 0 ]]; then
  sed -n '2,8p' "$0" >&2
  exit 2
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian package)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# Always rebuilt, so the pictures show the code as it is now.
(cd "$root" && mvn -q -B -pl cli -am package -DskipTests)
jar="$root/cli/target/statecraft.jar"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# png SVG PNG: a screenshot of the SVG at twice its size, cropped to it.
png() {
  local svg="$1" target="$2" size width height
  size="$(head -c 400 "$svg" | sed -n 's/.*<svg [^>]*width="\([0-9.]*\)" height="\([0-9.]*\)".*/\1 \2/p')"
  width="$(printf '%.0f' "$(cut -d' ' -f1 <<<"$size")")"
  height="$(printf '%.0f' "$(cut -d' ' -f2 <<<"$size")")"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --force-device-scale-factor=2 \
    --window-size="$width,$height" --screenshot="$target" "file://$svg" >/dev/null 2>&1
  echo "$target (${width}x${height})"
}

mkdir -p "$out"
while [[ $# -gt 0 ]]; do
  file="$1"
  shift
  name="$(basename "$file")"
  name="${name%.json}"
  name="${name%.asl}"
  if [[ "${1:-}" == "--as" ]]; then
    name="$2"
    shift 2
  fi
  java -jar "$jar" diagram "$file" --format svg --out "$out/$name.svg"
  png "$out/$name.svg" "$out/$name.png"
  if [[ "${1:-}" == "--execution" ]]; then
    history="$2"
    shift 2
    java -jar "$jar" diagram "$file" --format svg --execution "$history" --out "$out/$name.execution.svg"
    java -jar "$jar" diagram "$file" --format html --execution "$history" --out "$out/$name.execution.html"
    png "$out/$name.execution.svg" "$out/$name.execution.png"
  fi
done
