#!/usr/bin/env bash
# Admin benchmark: what the staff pages and the quote PDF cost, as a signed-in MANAGER through the gateway.
# Starts its own local stack, signs in with the real authorization code flow (curl + a cookie jar: /admin ->
# Keycloak's login form -> the demo MANAGER's login -> back to /admin with the session cookie; the realm allows no
# password grant), submits a quote through the public API and prices + sends it through quote-service's staff API,
# then for each target and connection count runs wrk --latency:
#   dashboard         GET /admin
#   quote list        GET /admin/quotes
#   quote detail      GET /admin/quotes/{number}                      (the sent quote: lines, timeline, versions, mails)
#   draft PDF         GET /admin/quotes/{number}/preview.pdf          (quote-service renders it on every request)
#   sent PDF          GET /admin/quotes/{number}/versions/1/pdf       (bytes stored in PostgreSQL at send)
#   draft PDF direct  GET :8083/api/quotes/{number}/preview.pdf       (quote-service alone, staff bearer token)
#   sent PDF direct   GET :8083/api/quotes/{number}/versions/1/pdf
# The ceiling in the same run: nginx serving the same bytes as static files. RSS of admin-frontend and quote-service
# (their whole process group) before the first run and after each target; the load average next to every row.
# The bearer token for the direct rows is the one admin-frontend itself gets: the same code flow (Keycloak's SSO
# session in the jar, no second login), the code exchanged with admin-frontend's client secret from the stack's
# secrets.env (as e2e RoleMatrixTest does). A fresh session and token per target: the access token lives 300 s and
# the refresh token is single use, so a cookie replayed by wrk must not outlive it.
#
#   bench/admin.sh                                   connections "1 4 16", 10 s each, 5 s warm-up per target
#   CONNECTIONS="4" DURATION=20s bench/admin.sh
#   KEEP=1 bench/admin.sh                            leave the stack running afterwards
#   PROFILE=1 bench/admin.sh                         also record quote-service with JFR (jcmd, profile settings)
#                                                    during the direct draft-PDF runs; prints the recording's path
# Needs a stopped local stack (it starts one and stops it on every exit); installs Debian's wrk, nginx, jq when
# missing. Exit code 0 only when every run answered 2xx without socket errors.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${ZIVAH_HOME:-$ROOT/.zivah}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
NGINX_DURATION="${NGINX_DURATION:-5s}"
CONNECTIONS="${CONNECTIONS:-1 4 16}"
THREADS="${THREADS:-2}"
TIMEOUT="${WRK_TIMEOUT:-5s}"
# the public base: the realm's redirect URIs name localhost, so the session is made (and replayed) on that host
GATEWAY="http://localhost:8080"
QUOTE="http://127.0.0.1:8083"
NGINX_PORT="${NGINX_PORT:-18092}"
USERNAME="manager"
PASSWORD='Manager#Zivah2026'
WORK="$(mktemp -d /tmp/zivah-admin-bench.XXXXXX)"

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

stop_all() {
  stop_nginx
  if [ "$STACK_STARTED" = 1 ] && [ "${KEEP:-0}" != 1 ]; then
    echo "Stopping the stack ..."
    "$ROOT/zivah" down > /dev/null 2>&1 || true
  fi
  rm -rf "$WORK/www"
}

secret() {
  local value
  value=$(grep "^$1=" "$STATE/secrets.env" | head -n 1 | cut -d= -f2-) || true
  [ -n "$value" ] || die "$1 is not in $STATE/secrets.env"
  printf '%s' "$value"
}

# sign_in JAR: the browser's code flow; prints nothing, leaves the admin session (and Keycloak's SSO) in JAR
sign_in() {
  local jar=$1 action final
  rm -f "$jar"
  curl -fsS -L -c "$jar" -b "$jar" -o "$WORK/login.html" "$GATEWAY/admin" || die "GET /admin failed"
  action=$(grep -o 'action="[^"]*login-actions/authenticate[^"]*"' "$WORK/login.html" | head -n 1 | cut -d'"' -f2 \
    | sed 's/&amp;/\&/g') || true
  [ -n "$action" ] || die "GET /admin did not lead to Keycloak's login form"
  final=$(curl -fsS -L -c "$jar" -b "$jar" -o "$WORK/dashboard.html" -w '%{http_code} %{url_effective}' \
    --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" --data-urlencode "credentialId=" \
    "$action") || die "the login POST failed"
  [ "$final" = "200 $GATEWAY/admin" ] || die "the login did not end on the dashboard ($final)"
}

# the Cookie header a browser sends to /admin (curl's jar marks HttpOnly cookies with a #HttpOnly_ prefix)
cookie_header() {
  sed -n 's/^#HttpOnly_//; /^#/d; /^$/d; p' "$1" \
    | awk -F '\t' '$1 ~ /localhost$/ && ($3 == "/" || index("/admin", $3) == 1 || index($3, "/admin") == 1) {
        printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }'
}

# PKCE (RFC 7636 S256, its appendix B pair): the realm's admin-frontend client refuses a code request without it
PKCE_VERIFIER=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk
PKCE_CHALLENGE=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM

# token JAR: an access token of admin-frontend's client for the signed-in user (SSO: Keycloak asks for no login)
token() {
  local jar=$1 redirect location code
  redirect=$(jq -rn --arg v "$GATEWAY/admin" '$v|@uri')
  location=$(curl -fsS -b "$jar" -o /dev/null -w '%{redirect_url}' \
    "$GATEWAY/auth/realms/zivah/protocol/openid-connect/auth?client_id=admin-frontend&response_type=code&scope=openid&code_challenge_method=S256&code_challenge=$PKCE_CHALLENGE&state=bench$RANDOM&redirect_uri=$redirect")
  code=$(grep -o '[?&]code=[^&]*' <<< "$location" | cut -d= -f2-) || true
  [ -n "$code" ] || die "Keycloak gave no code for the signed-in session ($location)"
  curl -fsS "$GATEWAY/auth/realms/zivah/protocol/openid-connect/token" \
    --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
    --data-urlencode "redirect_uri=$GATEWAY/admin" --data-urlencode "code_verifier=$PKCE_VERIFIER" --data-urlencode client_id=admin-frontend \
    --data-urlencode "client_secret=$(secret ADMIN_OIDC_CLIENT_SECRET)" | jq -er .access_token \
    || die "the code exchange failed"
}

# staff API call through quote-service with the bearer token: METHOD PATH [JSON]
staff() {
  local args=(-fsS -X "$1" -H "Authorization: Bearer $BEARER" "$QUOTE$2")
  [ $# -lt 3 ] || args+=(-H 'Content-Type: application/json' --data "$3")
  curl "${args[@]}" || die "$1 $2 failed"
}

# a quote with real lines: submitted by a buyer, then processed, priced (discount, validity, terms) and sent as v1
make_quote() {
  local items number detail version prices
  items=$(curl -fsS "$GATEWAY/api/catalog/products?size=50" \
    | jq -c '[.items[] | select(.priceOnRequest == false)] | .[0:4] | to_entries
             | map({productId: .value.id, quantity: (120 * (.key + 1)), note: "Entrega en palé europeo"})')
  [ "$(jq length <<< "$items")" -ge 2 ] || die "the catalog has fewer than two priced products"
  number=$(curl -fsS -H 'Content-Type: application/json' -H "Idempotency-Key: admin-bench-$(date +%s%N)" \
    -X POST "$GATEWAY/api/quotes" --data "$(jq -cn --argjson items "$items" '{customer: {name: "Lucía Peñalver",
      email: "bench-admin@example.com", phone: "+34 600 000 000", company: "Bench Distribución S.L.", country: "ES"},
      locale: "es", message: "Solicitud del benchmark de administración", items: $items}')" | jq -er .quoteNumber) \
    || die "the quote could not be submitted"
  detail=$(staff GET "/api/quotes/$number")
  version=$(jq .version <<< "$detail")
  detail=$(staff POST "/api/quotes/$number/transitions" "{\"action\":\"START_PROCESSING\",\"version\":$version}")
  version=$(jq .version <<< "$detail")
  prices=$(jq -c '[.items | to_entries[] | {id: .value.id, unitPrice: (12.35 + .key * 3.1 | . * 100 | round / 100)}]' <<< "$detail")
  detail=$(staff PUT "/api/quotes/$number/pricing" "$(jq -cn --argjson v "$version" --argjson items "$prices" \
    --arg until "$(date -u -d '+30 days' +%F)" '{version: $v, currency: "EUR", validUntil: $until, discountPercent: 2.5,
      terms: "Pago a 30 días. Portes incluidos en península.", adminNotes: "benchmark", items: $items}')")
  version=$(jq .version <<< "$detail")
  staff POST "/api/quotes/$number/send" "{\"version\":$version}" | jq -e '.status == "SENT"' > /dev/null \
    || die "the quote was not sent"
  echo "$number"
}

# RSS in MB of a component's whole process group (the launcher's pid file holds the group id)
rss() {
  local pgid; pgid=$(cat "$STATE/run/$1.pid")
  ps -e -o pgid=,rss= | awk -v g="$pgid" '$1 == g {s += $2} END {printf "%d", s / 1024}'
}

load() { cut -d' ' -f1 /proc/loadavg; }

# the JVM of a component (the java process in its process group)
java_pid() {
  local pgid; pgid=$(cat "$STATE/run/$1.pid")
  ps -e -o pgid=,pid=,comm= | awk -v g="$pgid" '$1 == g && $3 == "java" {print $2; exit}'
}

# jfr start|stop: quote-service's flight recording around the direct draft-PDF runs (PROFILE=1)
jfr() {
  [ "${PROFILE:-0}" = 1 ] || return 0
  local pid; pid=$(java_pid quote-service)
  if [ "$1" = start ]; then
    jcmd "$pid" JFR.start name=bench settings=profile > /dev/null || die "JFR did not start in quote-service"
  else
    jcmd "$pid" JFR.stop name=bench filename="$WORK/quote-service-pdf.jfr" > /dev/null || die "JFR did not stop"
    echo "  JFR recording of quote-service (direct draft PDF runs): $WORK/quote-service-pdf.jfr"
  fi
}

# wrk's script: counts the answers per HTTP status (a 302 to the login or a 503 must not pass as a fast page)
write_lua() {
  cat > "$WORK/statuses.lua" <<'LUA'
local threads = {}
statuses = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local merged, parts = {}, {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    if s then for k, v in pairs(s) do merged[k] = (merged[k] or 0) + v end end
  end
  for k, v in pairs(merged) do table.insert(parts, k .. "x" .. v) end
  table.sort(parts)
  io.write("STATUSES " .. (#parts > 0 and table.concat(parts, ",") or "-") .. "\n")
end
LUA
}

# measure (bench/lib.sh) with the statuses script; prints "rps p50 p99 errors timeouts statuses"
measure_statuses() {
  local url=$1 connections=$2 duration=$3; shift 3
  local result statuses
  result=$(measure "$url" "$connections" -d "$duration" -s "$WORK/statuses.lua" "$@")
  statuses=$(awk '$1 == "STATUSES" {s = $2} END {print s}' "$WORK/wrk.log")
  echo "$result ${statuses:--}"
}

# fetch URL FILE TYPE HEADER...: the bytes the target answers, checked (200 and the content type)
fetch() {
  local url=$1 file=$2 type=$3; shift 3
  local got
  got=$(curl -sS -o "$WORK/www/$file" -w '%{http_code} %{content_type}' "$@" "$url") || die "GET $url failed"
  [[ "$got" == "200 $type"* ]] || die "GET $url answered $got, not 200 $type"
}

main() {
  install_missing wrk:wrk nginx:nginx-light jq:jq curl:curl
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  # one client (wrk) sends everything: no per-client limit may apply
  start_own_stack "$GATEWAY" ZIVAH_GATEWAY_RATE_LIMIT_CAPACITY=1000000000
  start_nginx "$NGINX_PORT" "  types { text/html html; application/pdf pdf; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }"
  mkdir -p "$WORK/www"
  write_lua

  local jar="$WORK/session.jar"
  sign_in "$jar"
  BEARER=$(token "$jar")
  local number; number=$(make_quote)
  echo "Quote $number: submitted, priced and sent as v1"

  # name | url | file served by nginx (the same bytes) | content type | direct (bearer) or through the gateway
  local targets=(
    "dashboard|$GATEWAY/admin|dashboard.html|text/html|gateway"
    "quote list|$GATEWAY/admin/quotes|list.html|text/html|gateway"
    "quote detail|$GATEWAY/admin/quotes/$number|detail.html|text/html|gateway"
    "draft PDF (rendered)|$GATEWAY/admin/quotes/$number/preview.pdf|draft.pdf|application/pdf|gateway"
    "sent PDF (stored)|$GATEWAY/admin/quotes/$number/versions/1/pdf|sent.pdf|application/pdf|gateway"
    "draft PDF, quote-service direct|$QUOTE/api/quotes/$number/preview.pdf|draft.pdf|application/pdf|direct"
    "sent PDF, quote-service direct|$QUOTE/api/quotes/$number/versions/1/pdf|sent.pdf|application/pdf|direct"
  )
  local rss_before="admin-frontend $(rss admin-frontend) MB, quote-service $(rss quote-service) MB"
  local rows=() failures=0 target name url file type via header c g n size
  declare -A ceiling=()
  for target in "${targets[@]}"; do
    IFS='|' read -r name url file type via <<< "$target"
    # a fresh session (and token) per target: a replayed cookie must not outlive its access token
    sign_in "$jar"
    if [ "$via" = direct ]; then header="Authorization: Bearer $(token "$jar")"; else header="Cookie: $(cookie_header "$jar")"; fi
    fetch "$url" "$file" "$type" -H "$header"
    size=$(stat -c %s "$WORK/www/$file")
    [ "$(curl -fsS "http://127.0.0.1:$NGINX_PORT/$file" | cmp - "$WORK/www/$file" && echo same)" = same ] \
      || die "nginx does not serve the bytes of $file"
    echo "  $name ($size B): warm-up $WARMUP ..."
    measure_statuses "$url" 4 "$WARMUP" -H "$header" > /dev/null
    [ "$name" != "draft PDF, quote-service direct" ] || jfr start
    for c in $CONNECTIONS; do
      echo "  $name, $c connections ..."
      local l; l=$(load)
      read -r -a g <<< "$(measure_statuses "$url" "$c" "$DURATION" -H "$header")"
      [ "${g[3]}" = 0 ] && [ "${g[4]}" = 0 ] || failures=$((failures + 1))
      if [ -z "${ceiling[$file-$c]:-}" ]; then
        read -r -a n <<< "$(measure_statuses "http://127.0.0.1:$NGINX_PORT/$file" "$c" "$NGINX_DURATION")"
        [ "${n[3]}" = 0 ] || die "nginx answered ${n[5]} for $file"
        ceiling[$file-$c]=${n[0]}
      fi
      rows+=("| $name ($size B) | $c | ${g[0]} | ${g[1]} | ${g[2]} | ${g[5]} | ${g[3]} / ${g[4]} | ${ceiling[$file-$c]} | $l |")
    done
    [ "$name" != "draft PDF, quote-service direct" ] || jfr stop
    rows+=("| ↳ RSS after: admin-frontend $(rss admin-frontend) MB, quote-service $(rss quote-service) MB | | | | | | | | |")
  done

  echo
  echo "Admin benchmark $(date -u +%Y-%m-%dT%H:%MZ), signed in as MANAGER, wrk -t$THREADS (-t1 at 1 connection)" \
    "-d$DURATION --timeout $TIMEOUT --latency, $(nproc) cores"
  echo
  echo "| target | conns | req/s | p50 | p99 | statuses | errors / timeouts | nginx req/s, same bytes | load avg (1 min) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "RSS before the first run: $rss_before"
  echo "(errors = non-2xx responses + socket connect/read/write errors; raw wrk output: $WORK/wrk.log)"
  [ "$failures" = 0 ] || die "$failures run(s) had errors or timeouts"
}

main "$@"
