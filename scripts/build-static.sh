#!/usr/bin/env bash
# Build the files served as static that are made, not committed: Bootstrap compiled from its Sass
# sources with only the parts in use (assets/bootstrap.scss), and the app icons as PNG.
# Output: build/static/ (git-ignored; in STATICFILES_DIRS). Run by `make install`.
set -euo pipefail
cd "$(dirname "$0")/.."

out=build/static
mkdir -p "$out/css" "$out/icons"
node_modules/.bin/sass --no-source-map --style=compressed --load-path=node_modules \
  --quiet-deps --silence-deprecation=import --silence-deprecation=global-builtin \
  --silence-deprecation=color-functions --silence-deprecation=if-function \
  assets/bootstrap.scss "$out/css/site.css"
.venv/bin/python scripts/make_icons.py "$out/icons"
echo "build-static: $(wc -c <"$out/css/site.css") bytes of CSS (Bootstrap and the diary's own) in $out/css/site.css"
