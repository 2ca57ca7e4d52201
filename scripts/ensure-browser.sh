#!/usr/bin/env bash
# Makes sure a Chromium and a CJK font are present for the browser tests.
#
# Usage (run it, do not source it; it exports nothing):
#   CHROME_PATH=$(bash scripts/ensure-browser.sh) && export CHROME_PATH
# stdout: exactly one line, the path of the Chromium to use. Messages go to stderr.
# Exit status: 0 when both are present (or were installed), 1 with one message saying what
# to install or set when they are not and cannot be installed here.
#
# Chromium, in order: $CHROME_PATH if set and executable; /usr/bin/chromium; otherwise
# `apt-get install chromium` when running as root or with passwordless sudo.
# CJK font: any font `fc-list :lang=zh` knows of; otherwise `apt-get install
# fonts-wqy-zenhei` the same way. (Without one, Chinese renders as boxes in screenshots.)
set -euo pipefail

log() { printf 'ensure-browser: %s\n' "$*" >&2; }

INSTALL_HINT='apt-get install chromium fonts-wqy-zenhei'

chrome=''
if [[ -n "${CHROME_PATH:-}" ]]; then
  if [[ -x "$CHROME_PATH" && ! -d "$CHROME_PATH" ]]; then
    chrome="$CHROME_PATH"
  else
    log "CHROME_PATH=$CHROME_PATH is not an executable file; looking elsewhere"
  fi
fi
if [[ -z "$chrome" && -x /usr/bin/chromium ]]; then
  chrome=/usr/bin/chromium
fi

have_cjk_font() {
  [[ "$(uname -s)" == Darwin ]] && return 0 # macOS ships CJK fonts
  if command -v fc-list >/dev/null 2>&1; then
    [[ -n "$(fc-list :lang=zh family 2>/dev/null)" ]]
  else
    # No fontconfig tools: look for the usual CJK font files.
    find /usr/share/fonts /usr/local/share/fonts "${HOME:-/nonexistent}/.fonts" \
      "${HOME:-/nonexistent}/.local/share/fonts" \( -iname '*wqy*' -o -iname '*cjk*' \) \
      -print -quit 2>/dev/null | grep -q .
  fi
}

packages=()
missing=''
if [[ -z "$chrome" ]]; then
  packages+=(chromium)
  missing='a Chromium'
fi
if ! have_cjk_font; then
  packages+=(fonts-wqy-zenhei)
  missing="${missing:+$missing and }a CJK font"
fi

if ((${#packages[@]} > 0)); then
  sudo=()
  can_install=false
  if command -v apt-get >/dev/null 2>&1; then
    if [[ "$(id -u)" == 0 ]]; then
      can_install=true
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
      can_install=true
    fi
  fi

  if [[ "$can_install" != true ]]; then
    log "missing ${missing} and cannot install here (no apt-get as root or passwordless sudo): run  sudo ${INSTALL_HINT}  (or set CHROME_PATH=/path/to/chrome and install a CJK font)"
    exit 1
  fi

  log "missing ${missing}; installing ${packages[*]} with apt-get (about 30 s)"
  aptlog=$(mktemp)
  trap 'rm -f "$aptlog"' EXIT
  if ! { "${sudo[@]}" apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"; } >"$aptlog" 2>&1; then
    tail -n 20 "$aptlog" >&2
    log "apt-get failed (output above). Install them yourself with:  sudo ${INSTALL_HINT}   (or set CHROME_PATH=/path/to/chrome)"
    exit 1
  fi
  if [[ -z "$chrome" && -x /usr/bin/chromium ]]; then
    chrome=/usr/bin/chromium
  fi
  if [[ -z "$chrome" ]]; then
    log "apt-get installed chromium but /usr/bin/chromium is missing; set CHROME_PATH=/path/to/chrome"
    exit 1
  fi
  if ! have_cjk_font; then
    log "still no CJK font after installing fonts-wqy-zenhei (fc-list :lang=zh is empty). Install one with:  sudo ${INSTALL_HINT}"
    exit 1
  fi
fi

if ! version=$("$chrome" --version 2>/dev/null); then
  log "$chrome does not run ('$chrome --version' failed). Reinstall with:  sudo ${INSTALL_HINT}   (or set CHROME_PATH=/path/to/chrome)"
  exit 1
fi
log "using $chrome ($version)"
printf '%s\n' "$chrome"
