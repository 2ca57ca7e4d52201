#!/usr/bin/env bash
# Makes sure a Firefox is present for the extension's Firefox end-to-end tests.
#
# Usage (run it, do not source it): FIREFOX_PATH=$(bash scripts/ensure-firefox.sh)
# stdout: one line, the Firefox to use. Messages go to stderr. Exit 1 with one message
# saying what to install or set when there is none and it cannot be installed here.
# Order: $FIREFOX_PATH if executable; /usr/bin/firefox-esr; /usr/bin/firefox; otherwise
# `apt-get install firefox-esr` as root or with passwordless sudo.
set -euo pipefail
log() { printf 'ensure-firefox: %s\n' "$*" >&2; }
HINT='apt-get install firefox-esr'

pick() {
  for f in "${FIREFOX_PATH:-}" /usr/bin/firefox-esr /usr/bin/firefox; do
    if [[ -n "$f" && -x "$f" && ! -d "$f" ]]; then
      printf '%s\n' "$f"
      return 0
    fi
  done
  return 1
}

if ! firefox=$(pick); then
  sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
      log "no Firefox found and cannot install here: run  sudo ${HINT}  (or set FIREFOX_PATH=/path/to/firefox)"
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    log "no Firefox found and no apt-get: install Firefox ESR and set FIREFOX_PATH=/path/to/firefox"
    exit 1
  fi
  log "no Firefox found; installing firefox-esr with apt-get (about 30 s)"
  aptlog=$(mktemp)
  trap 'rm -f "$aptlog"' EXIT
  if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr; } >"$aptlog" 2>&1; then
    tail -n 20 "$aptlog" >&2
    log "apt-get failed (output above). Install it yourself with:  sudo ${HINT}"
    exit 1
  fi
  firefox=$(pick) || { log "firefox-esr installed but not found; set FIREFOX_PATH"; exit 1; }
fi
log "using $firefox ($("$firefox" --version 2>/dev/null || echo 'version unknown'))"
printf '%s\n' "$firefox"
