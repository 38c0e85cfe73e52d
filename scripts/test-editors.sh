#!/usr/bin/env bash
# npm run test:editors: penlint in real editors.
#   1. builds and packages the VSIX (npm run package);
#   2. Neovim headless against penlint-language-server over stdio (test/editors/nvim);
#   3. VS Code 1.100.3 (code-server 4.100.3) with the packaged VSIX in headless Chromium (test/editors/vscode):
#      the Problems panel (screenshot: test-output/vscode-problems.png) and an integration suite in the extension host.
# Prerequisites come from scripts/install-editor-deps.sh; a missing one is a failure, never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."
EDITORS=${PENLINT_EDITORS_DIR:-/tmp/penlint-editors}
export PENLINT_EDITORS_DIR=$EDITORS
missing=()
command -v nvim >/dev/null 2>&1 || missing+=("nvim (apt-get install neovim)")
[ -x "${PENLINT_CHROMIUM:-/usr/bin/chromium}" ] || missing+=("chromium (apt-get install chromium)")
[ -x "$EDITORS/cs/node_modules/.bin/code-server" ] || missing+=("code-server 4.100.3 in $EDITORS/cs")
node -e "require.resolve('playwright-core')" >/dev/null 2>&1 || missing+=("playwright-core (npm ci)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'test:editors: missing prerequisite: %s\n' "${missing[@]}" >&2
  echo 'test:editors: run scripts/install-editor-deps.sh first' >&2
  exit 1
fi

mkdir -p test-output
version=$(node -p "require('./package.json').version")
vsix="penlint-$version.vsix"
echo "== package"
rm -f "$vsix"
npm run --silent package
size=$(stat -c %s "$vsix")
echo "$vsix: $size bytes"
if [ "$size" -ge 2097152 ]; then echo "test:editors: $vsix is $size bytes, over 2 MB" >&2; exit 1; fi
# the VSIX holds the bundles, grammar, schema, README, CHANGELOG, LICENSE and icon, and nothing else
unzip -Z1 "$vsix" | sort > test-output/vsix-files.txt
expected=$(printf '%s\n' '[Content_Types].xml' extension.vsixmanifest extension/LICENSE.txt extension/changelog.md \
  extension/dist/client.cjs extension/dist/server.cjs extension/images/icon.png extension/package.json extension/readme.md \
  extension/schemas/penlintrc.schema.json extension/syntaxes/penlint.injection.tmLanguage.json | sort)
if [ "$(cat test-output/vsix-files.txt)" != "$expected" ]; then
  echo "test:editors: unexpected VSIX contents:" >&2; diff <(echo "$expected") test-output/vsix-files.txt >&2 || true; exit 1
fi

status=0
echo "== Neovim (headless, LSP over stdio)"
node test/editors/nvim/run.mjs || status=1
echo "== VS Code (code-server + Chromium)"
node test/editors/vscode/run.mjs "$vsix" || status=1
if [ $status -eq 0 ]; then echo "test:editors: all passed (screenshot: test-output/vscode-problems.png)"; fi
exit $status
