#!/usr/bin/env bash
# Runs before `npm test`. The browser tests drive Debian's Chromium; a test
# tool's own browser download cannot work on these machines. Installs it where
# we can (root with apt-get), otherwise fails loudly with the command to run.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package for the browser tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi
echo "The browser tests need Debian's Chromium at $chromium_path. Install it with: sudo apt-get update && sudo apt-get install -y chromium" >&2
exit 1
