#!/usr/bin/env bash
# Installs Debian's Neovim for test/unit/neovim.test.ts (which fails without it). Idempotent;
# needs root or passwordless sudo when nvim is missing, as CI has. `npm test` runs it.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then exit 0; fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo -n"
echo "[install-neovim] apt-get install neovim"
export DEBIAN_FRONTEND=noninteractive
log="${TMPDIR:-/tmp}/neovim-apt.log"
$SUDO apt-get update -qq >"$log" 2>&1 || { tail -20 "$log" >&2; echo "[install-neovim] apt-get update failed" >&2; exit 1; }
$SUDO apt-get install -y -qq --no-install-recommends neovim >>"$log" 2>&1 || { tail -20 "$log" >&2; echo "[install-neovim] apt-get install neovim failed" >&2; exit 1; }
nvim --version | head -1
