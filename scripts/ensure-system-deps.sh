#!/usr/bin/env bash
# Debian packages the tests need that npm cannot bring: Chromium for the browser tests and a
# Java runtime (≥ 11) for the Nu HTML Checker (vnu-jar).
# Installs them when missing and possible (root + apt-get); otherwise says exactly what to do.
set -euo pipefail

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 11 ] 2>/dev/null; then
  missing+=(default-jre-headless)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages the tests need: ${missing[*]}"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Cannot install packages here. Please install them, then run npm test again:" >&2
  echo "  sudo apt-get install ${missing[*]}        (Debian/Ubuntu)" >&2
  echo "or point CHROMIUM_PATH at an existing Chromium binary." >&2
  exit 1
fi
