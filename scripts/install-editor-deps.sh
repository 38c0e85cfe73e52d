#!/bin/sh
# Installs what `npm run test:editors` needs, idempotently (Debian 12, Node 20; network: apt + the npm registry only):
#   apt: neovim, chromium, libkrb5-dev (code-server's kerberos module), ripgrep (seed for @vscode/ripgrep), unzip (VSIX contents check)
#   code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) in a cache folder, never a project dependency
#   playwright-core (a pinned devDependency; installed here too if node_modules lacks it)
# Env: PENLINT_EDITORS_DIR (cache folder, default /tmp/penlint-editors).
set -eu
DIR=${PENLINT_EDITORS_DIR:-/tmp/penlint-editors}
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo

need_apt=
for pair in nvim:neovim chromium:chromium rg:ripgrep unzip:unzip; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need_apt="$need_apt ${pair#*:}"
done
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt="$need_apt libkrb5-dev"
if [ -n "$need_apt" ]; then
  echo "install-editor-deps: apt-get install$need_apt"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need_apt >/dev/null
fi

if [ ! -x "$DIR/cs/node_modules/.bin/code-server" ] || \
   [ "$("$DIR/cs/node_modules/.bin/code-server" --version 2>/dev/null | head -1 | cut -d' ' -f1)" != "$CODE_SERVER_VERSION" ]; then
  echo "install-editor-deps: code-server@$CODE_SERVER_VERSION into $DIR/cs"
  # @vscode/ripgrep's postinstall downloads rg from GitHub; seed its download cache with Debian's rg instead.
  mkdir -p "$DIR/tmp/vscode-ripgrep-cache-1.15.11" "$DIR/tmp/rgseed"
  cp "$(command -v rg)" "$DIR/tmp/rgseed/rg"
  tar czf "$DIR/tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$DIR/tmp/rgseed" rg
  mkdir -p "$DIR/cs"
  echo '{"name":"penlint-code-server-host","private":true}' > "$DIR/cs/package.json"
  # local install (with -g the nested install in lib/vscode fails); unsafe_perm: postinstall refuses root without it;
  # yes: node-pty's postinstall runs `npx node-gyp`.
  (cd "$DIR/cs" && TMPDIR="$DIR/tmp" npm_config_yes=true npm_config_unsafe_perm=true \
    npm i "code-server@$CODE_SERVER_VERSION" --no-audit --no-fund --loglevel=error)
fi

if ! (cd "$ROOT" && node -e "require.resolve('playwright-core')" >/dev/null 2>&1); then
  echo "install-editor-deps: playwright-core@$PLAYWRIGHT_VERSION"
  (cd "$ROOT" && npm i --no-save --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION")
fi
echo "install-editor-deps: ok (nvim $(nvim --version | head -1 | cut -d' ' -f2), $(chromium --version 2>/dev/null | head -1), code-server $("$DIR/cs/node_modules/.bin/code-server" --version 2>/dev/null | head -1 | cut -d" " -f1))"
