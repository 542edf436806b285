#!/usr/bin/env bash
# Lighthouse (mobile, the default form factor) and page weight for the public pages of a running stack
# (./zivah up), through the gateway. Installs lighthouse@12.2.3 (npm, into bench/.tools; 13 needs Node 22) and
# Debian's chromium when missing. Prints one markdown row per page: the four category scores, the bytes
# transferred (all, and by type: document, stylesheets, scripts, images, fonts) and the request count.
#
#   bench/lighthouse.sh                          the default pages below
#   bench/lighthouse.sh /es/catalogo /en/catalog the given paths
#   ZIVAH_PORT_OFFSET=10000 bench/lighthouse.sh  a stack started with that offset
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
OFFSET="${ZIVAH_PORT_OFFSET:-0}"
BASE="${BASE_URL:-http://127.0.0.1:$((8080 + OFFSET))}"
TOOLS="$HERE/.tools"
OUT="${OUT:-$(mktemp -d /tmp/zivah-lighthouse.XXXXXX)}"

if ! command -v chromium >/dev/null 2>&1; then
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  echo "Installing lighthouse@12.2.3 into $TOOLS ..." >&2
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" lighthouse@12.2.3 >/dev/null
fi

if [ "$#" -gt 0 ]; then PAGES=("$@"); else
  PAGES=(/es/ /es/catalogo /es/catalogo/especias "/es/catalogo?q=cafe" /es/productos/cafe-verde-arabica-grado-1 /en/products/cafe-verde-arabica-grado-1)
fi

curl -fsS -o /dev/null "$BASE/" || { echo "lighthouse: nothing answers at $BASE (./zivah up first)" >&2; exit 1; }

printf '| page | performance | accessibility | best practices | SEO | total KB | document | CSS | JS | images | fonts | requests |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'
i=0
for page in "${PAGES[@]}"; do
  i=$((i + 1))
  report="$OUT/page-$i.json"
  CHROME_PATH=/usr/bin/chromium "$TOOLS/node_modules/.bin/lighthouse" "$BASE$page" --quiet --output=json \
    --output-path="$report" --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
    >/dev/null 2>"$OUT/page-$i.err" || { echo "| $page | lighthouse failed: $(tail -1 "$OUT/page-$i.err") |"; continue; }
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    const items = r.audits["resource-summary"].details.items;
    const kb = t => { const i = items.find(x => x.resourceType === t); return i ? (i.transferSize / 1024).toFixed(1) : "0"; };
    const count = items.find(x => x.resourceType === "total").requestCount;
    console.log(`| ${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} | ` +
      `${kb("total")} | ${kb("document")} | ${kb("stylesheet")} | ${kb("script")} | ${kb("image")} | ${kb("font")} | ${count} |`);
  ' "$report" "$page"
done
echo "(reports: $OUT)" >&2
