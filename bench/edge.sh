#!/usr/bin/env bash
# Edge benchmark against a running stack (./zivah up): for the home, a category, a search result and a product page and the products
# JSON, at 32 and 256 connections, requests/s, p50, p99, errors and timeouts
#   (a) through the gateway, (b) direct to the upstream, (c) nginx serving the same bytes as a static file
# in the same run (the ceiling on this machine), with the ratios gateway/direct and gateway/nginx.
# After every run it checks that the site still answers. Installs Debian's wrk and nginx when missing.
#
#   bench/edge.sh                       defaults: 10 s per run, connections 32 and 256
#   DURATION=20s WARMUP=20s CONNECTIONS="32 256 512" bench/edge.sh
#   ZIVAH_PORT_OFFSET=10000 bench/edge.sh   (a stack started with that offset)
#   GZIP=1 bench/edge.sh                 also measure the gateway with Accept-Encoding: gzip
set -euo pipefail

OFFSET="${ZIVAH_PORT_OFFSET:-0}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
CONNECTIONS="${CONNECTIONS:-32 256}"
THREADS="${THREADS:-2}"
TIMEOUT="${WRK_TIMEOUT:-5s}"
GATEWAY="http://127.0.0.1:$((8080 + OFFSET))"
WEB="http://127.0.0.1:$((8081 + OFFSET))"
CATALOG="http://127.0.0.1:$((8082 + OFFSET))"
NGINX_PORT="${NGINX_PORT:-$((18090 + OFFSET))}"
WORK="$(mktemp -d /tmp/zivah-bench.XXXXXX)"

# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# name | path through the gateway | direct upstream base
TARGETS=(
  "home|/es/|$WEB"
  "category page|/es/catalogo/CATEGORY|$WEB"
  "search page|/es/catalogo?q=cafe|$WEB"
  "product page|/es/productos/PRODUCT|$WEB"
  "products JSON|/api/catalog/products|$CATALOG"
)

site_answers() {
  curl -fsS -o /dev/null --max-time 5 "$GATEWAY/es/" && curl -fsS -o /dev/null --max-time 5 "$GATEWAY/api/catalog/products"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else print "-" }'; }

main() {
  install_missing wrk:wrk nginx:nginx-light curl:curl
  site_answers || die "no stack answers at $GATEWAY (start it with ./zivah up)"
  local category
  category=$(curl -fsS "$GATEWAY/api/catalog/categories" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  [ -n "$category" ] || category=none
  local product
  product=$(curl -fsS "$GATEWAY/api/catalog/products?size=1" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  [ -n "$product" ] || product=none
  start_nginx "$NGINX_PORT" "  types { text/html html; application/json json; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }"
  mkdir -p "$WORK/www"
  trap 'stop_nginx; rm -rf "$WORK/www"' EXIT

  local i=0 target name path upstream file
  for target in "${TARGETS[@]}"; do
    IFS='|' read -r name path upstream <<< "$target"
    path=${path//CATEGORY/$category}
    path=${path//PRODUCT/$product}
    file="t$i.$([ "$name" = "products JSON" ] && echo json || echo html)"
    # the very bytes the gateway serves (uncompressed, as wrk asks for them)
    curl -fsS -o "$WORK/www/$file" "$GATEWAY$path"
    TARGETS[$i]="$name|$path|$upstream|$file|$(stat -c %s "$WORK/www/$file")"
    i=$((i + 1))
  done

  echo "Warming up (${WARMUP} per URL, gateway and direct: the JITs of every process on the path) ..."
  for target in "${TARGETS[@]}"; do
    IFS='|' read -r name path upstream file size <<< "$target"
    wrk -t"$THREADS" -c32 -d"$WARMUP" "$GATEWAY$path" > /dev/null 2>&1 || true
    wrk -t"$THREADS" -c32 -d"$WARMUP" "$upstream$path" > /dev/null 2>&1 || true
  done

  local rows=() c g d n answers
  for target in "${TARGETS[@]}"; do
    IFS='|' read -r name path upstream file size <<< "$target"
    for c in $CONNECTIONS; do
      echo "  $name ($size B), $c connections ..."
      read -r -a g <<< "$(measure "$GATEWAY$path" "$c")"
      site_answers && answers=yes || answers=NO
      read -r -a d <<< "$(measure "$upstream$path" "$c")"
      read -r -a n <<< "$(measure "http://127.0.0.1:$NGINX_PORT/$file" "$c")"
      rows+=("| $name ($size B) | $c | ${g[0]} | ${g[1]} | ${g[2]} | ${g[3]} / ${g[4]} | ${d[0]} | ${d[2]} | ${n[0]} | $(ratio "${g[0]}" "${d[0]}") | $(ratio "${g[0]}" "${n[0]}") | $answers |")
      if [ "${GZIP:-0}" = 1 ] && [ "$name" != "products JSON" ]; then
        local z zsize
        zsize=$(curl -fsS -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$GATEWAY$path")
        read -r -a z <<< "$(measure "$GATEWAY$path" "$c" -H 'Accept-Encoding: gzip')"
        site_answers && answers=yes || answers=NO
        rows+=("| $name, gzip ($zsize B) | $c | ${z[0]} | ${z[1]} | ${z[2]} | ${z[3]} / ${z[4]} | | | | $(ratio "${z[0]}" "${d[0]}") | | $answers |")
      fi
    done
  done

  echo
  echo "Edge benchmark $(date -u +%Y-%m-%dT%H:%MZ), wrk -t$THREADS -d$DURATION --timeout $TIMEOUT, $(nproc) cores"
  echo
  echo "| page | conns | gateway req/s | p50 | p99 | errors / timeouts | direct req/s | direct p99 | nginx req/s | gateway ÷ direct | gateway ÷ nginx | site answers after |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "(errors = non-2xx responses + socket connect/read/write errors; raw wrk output: $WORK/wrk.log)"
  site_answers || die "the site does not answer after the benchmark"
  echo "The site answers normally after every run."
}

main "$@"
