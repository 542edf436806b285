#!/usr/bin/env bash
# RFQ benchmark: how many requests for quote the whole system takes per second with p99 <= 100 ms, and how long
# a buyer then waits for the confirmation mail. Starts its own local stack with the limits a benchmark needs
# (gateway rate limit and mail budget raised, a GreenMail heap that holds every mail of the run), then for each
# connection count:
#   wrk POSTs 2-item RFQs (unique buyer address and Idempotency-Key per request) to /api/quotes through the
#   gateway for DURATION, then waits until notification-service has handed every mail of the run to the SMTP server,
#   and reads from PostgreSQL, per quote, submission (quote.created_at) -> buyer's confirmation accepted by the SMTP
#   server (mail_delivery.sent_at): p50, p99, max.
# The ceiling in the same run: nginx answering POSTs with the same 201 bytes.
#
#   bench/rfq.sh                               connections "4 8 16 32 64", 20 s each
#   CONNECTIONS="16 32" DURATION=30s bench/rfq.sh
#   KEEP=1 bench/rfq.sh                        leave the stack running afterwards
# Needs a stopped local stack (it starts one); installs Debian's wrk and nginx when missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-20s}"
CONNECTIONS="${CONNECTIONS:-4 8 16 32 64}"
THREADS="${THREADS:-2}"
DRAIN_TIMEOUT="${DRAIN_TIMEOUT:-300}"
GATEWAY="http://127.0.0.1:8080"
NGINX_PORT="${NGINX_PORT:-18091}"
WORK="$(mktemp -d /tmp/zivah-rfq-bench.XXXXXX)"
export PGPASSWORD=postgres
PSQL=(psql -h 127.0.0.1 -p 15432 -U postgres -d zivah -qtAX -v ON_ERROR_STOP=1)

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

start_stack() {
  # one client (wrk) sends everything: the per-client limit on public POSTs must not apply; every request is a new
  # buyer, but the global mail budget must hold the whole run; GreenMail keeps every mail in memory (~3 KB each)
  start_own_stack "$GATEWAY" ZIVAH_GATEWAY_RATE_LIMIT_CAPACITY=1000000000 ZIVAH_MAIL_BUDGET_MAX=100000000 \
    ZIVAH_GREENMAIL_HEAP="${ZIVAH_GREENMAIL_HEAP:-1536m}"
}

stop_all() {
  stop_nginx
  if [ "${KEEP:-0}" != 1 ]; then "$ROOT/zivah" down > /dev/null 2>&1 || true; fi
}

purge_mails() { curl -fsS -X POST -o /dev/null "http://127.0.0.1:8025/api/mail/purge" || true; }

# two products that are on sale (not "price on request"), from the public catalog
pick_products() {
  curl -fsS "$GATEWAY/api/catalog/products?size=50" \
    | jq -r '[.items[] | select(.priceOnRequest == false)] | .[0:2] | map(.id) | join(" ")'
}

write_lua() {
  local p1=$1 p2=$2 run=$3
  cat > "$WORK/rfq.lua" <<LUA
local counter = 0
local nthreads = 0
local threads = {}
tid = 0
statuses = {}
function setup(thread)
  nthreads = nthreads + 1
  thread:set("tid", nthreads)
  table.insert(threads, thread)
end
function init(args)
  statuses = {}
end
request = function()
  counter = counter + 1
  local id = string.format("%s-%d-%d", "$run", tid, counter)
  local body = string.format('{"customer":{"name":"Bench Buyer","email":"bench-%s@example.com","phone":"+34 600 000 000",'
    .. '"company":"Bench S.L.","country":"ES"},"locale":"es","message":"Benchmark request",'
    .. '"items":[{"productId":$p1,"quantity":1200},{"productId":$p2,"quantity":30}]}', id)
  return wrk.format("POST", "/api/quotes", {["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-key-" .. id}, body)
end
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local merged = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    if s then for k, v in pairs(s) do merged[k] = (merged[k] or 0) + v end end
  end
  local parts = {}
  for k, v in pairs(merged) do table.insert(parts, k .. "x" .. v) end
  io.write(string.format("RESULT %d %.0f %.1f %.1f %d %s\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(parts, ",")))
end
LUA
}

# nginx answering every request with the same 201 bytes
start_201_nginx() {
  printf '%s' "$1" > "$WORK/201.json"
  start_nginx "$NGINX_PORT" "  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { default_type application/json; return 201 '$(sed "s/'/\\\\'/g" "$WORK/201.json")'; }
  }"
}

# "name ticks" (user + system CPU, 1/100 s) of each component's whole process group (PostgreSQL: the server too)
cpu_ticks() {
  local f name pgid
  for f in "$ROOT"/.zivah/run/*.pid; do
    name=$(basename "$f" .pid); pgid=$(cat "$f")
    ps -e -o pgid=,pid= | awk -v g="$pgid" '$1 == g {print $2}' \
      | while read -r pid; do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done \
      | awk -v n="$name" '{s += $1} END {print n, s + 0}'
  done
}

# CPU share per component between two cpu_ticks snapshots over $3 seconds, in cores
cpu_share() {
  join <(sort "$1") <(sort "$2") | awk -v secs="$3" '{ d = ($3 - $2) / 100 / secs; if (d >= 0.02) printf "%s %.2f, ", $1, d }'
}

pending_mails() {
  "${PSQL[@]}" -c "select count(*) from notification.mail_delivery where status = 'PENDING'"
}

wait_for_drain() {
  local deadline=$((SECONDS + DRAIN_TIMEOUT))
  while [ "$(pending_mails)" != 0 ]; do
    [ $SECONDS -lt $deadline ] || { echo "  (mails still pending after ${DRAIN_TIMEOUT}s)"; return 1; }
    sleep 1
  done
  # and every quote of the run has its confirmation row (the event may still be on its way through Kafka)
  while [ "$("${PSQL[@]}" -c "select count(*) from quote.quote q where q.created_at >= '$1'
          and not exists (select 1 from notification.mail_delivery d where d.quote_number = q.quote_number
                          and d.status = 'SENT' and d.kind = 'QUOTE_CONFIRMATION')")" != 0 ]; do
    [ $SECONDS -lt $deadline ] || { echo "  (confirmations missing after ${DRAIN_TIMEOUT}s)"; return 1; }
    sleep 1
  done
}

# p50 p99 max (ms) and count of submission -> confirmation accepted by the SMTP server, for quotes created in [from, to)
mail_latency() {
  "${PSQL[@]}" -F ' ' -c "
    select round(percentile_cont(0.5) within group (order by ms)), round(percentile_cont(0.99) within group (order by ms)),
           round(max(ms)), count(*)
    from (select extract(epoch from (d.sent_at - q.created_at)) * 1000 as ms
          from quote.quote q join notification.mail_delivery d
            on d.quote_number = q.quote_number and d.kind = 'QUOTE_CONFIRMATION' and d.status = 'SENT'
          where q.created_at >= '$1' and q.created_at < '$2') t"
}

main() {
  install_missing wrk:wrk nginx:nginx-light psql:postgresql-client jq:jq
  start_stack
  trap stop_all EXIT
  read -r p1 p2 <<< "$(pick_products)"
  [ -n "${p2:-}" ] || die "the catalog has no two priced products"
  local run; run="r$(date +%s)"
  # every wrk run its own buyers and keys: a key seen before is a replay (no new quote), not a submission
  write_lua "$p1" "$p2" "$run-warmup"
  local sample
  sample=$(curl -fsS -H 'Content-Type: application/json' -X POST "$GATEWAY/api/quotes" --data \
    "{\"customer\":{\"name\":\"Bench Buyer\",\"email\":\"bench-sample-$run@example.com\",\"country\":\"ES\"},\"locale\":\"es\",\"items\":[{\"productId\":$p1,\"quantity\":1200},{\"productId\":$p2,\"quantity\":30}]}")
  start_201_nginx "$sample"

  echo "Warming up ($WARMUP, 16 connections) ..."
  wrk -t"$THREADS" -c16 -d"$WARMUP" -s "$WORK/rfq.lua" "$GATEWAY" > /dev/null 2>&1 || true
  wait_for_drain "1970-01-01" || true
  purge_mails

  local rows=() cpus=() c out r from to lat nginx_rps best="-"
  for c in $CONNECTIONS; do
    echo "  $c connections ..."
    write_lua "$p1" "$p2" "$run-c$c"
    from=$("${PSQL[@]}" -c "select now()")
    cpu_ticks > "$WORK/cpu-before"; local t0=$SECONDS
    out=$(wrk -t"$THREADS" -c"$c" -d"$DURATION" --timeout 5s -s "$WORK/rfq.lua" "$GATEWAY" 2>&1) || true
    to=$("${PSQL[@]}" -c "select now()")
    cpu_ticks > "$WORK/cpu-after"
    cpus+=("| $c | $(cpu_share "$WORK/cpu-before" "$WORK/cpu-after" $((SECONDS - t0))) |")
    echo "$out" >> "$WORK/wrk.log"
    read -r -a r <<< "$(grep '^RESULT' <<< "$out" | cut -d' ' -f2-)"
    wait_for_drain "$from" || true
    read -r -a lat <<< "$(mail_latency "$from" "$to")"
    nginx_rps=$(wrk -t"$THREADS" -c"$c" -d10s -s "$WORK/rfq.lua" "http://127.0.0.1:$NGINX_PORT" 2>&1 \
      | awk '/^RESULT/ {print $3}')
    curl -fsS -o /dev/null --max-time 5 "$GATEWAY/es/" && answers=yes || answers=NO
    rows+=("| $c | ${r[1]:-0} | ${r[2]:--} | ${r[3]:--} | ${r[5]:--} / ${r[4]:-0} | ${lat[0]:--} | ${lat[1]:--} | ${lat[2]:--} | ${lat[3]:-0} | ${nginx_rps:--} | $answers |")
    if awk -v p="${r[3]:-1e9}" 'BEGIN { exit !(p <= 100) }'; then best="${r[1]} RFQs/s at $c connections"; fi
    purge_mails
  done

  echo
  echo "RFQ benchmark $(date -u +%Y-%m-%dT%H:%MZ), through the gateway, 2 items per RFQ, wrk -t$THREADS -d$DURATION, $(nproc) cores"
  echo
  echo "| conns | RFQs/s | p50 ms | p99 ms | statuses / socket errors | mail p50 ms | mail p99 ms | mail max ms | mailed | nginx 201/s | site answers after |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Highest rate with p99 <= 100 ms: $best"
  echo
  echo "CPU used during each run (cores, of $(nproc)), per component:"
  echo
  echo "| conns | CPU per component |"
  echo "|---|---|"
  printf '%s\n' "${cpus[@]}"
  echo "(mail = submission -> buyer's confirmation accepted by the SMTP server; raw wrk output: $WORK/wrk.log)"
}

main "$@"
