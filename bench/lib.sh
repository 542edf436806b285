# What the benchmarks in bench/ share; sourced, never run. The caller sets ROOT, WORK (its temporary directory),
# and THREADS, TIMEOUT and DURATION where it measures.

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

STACK_STARTED=0

# start_own_stack URL [VAR=VALUE...]: ./zivah up with those settings; refused when a stack already answers at URL
# (its limits are not the benchmark's, and stopping it afterwards is not ours to do)
start_own_stack() {
  local url=$1; shift
  if curl -fsS -o /dev/null --max-time 2 "$url/es/" 2>/dev/null; then
    die "a stack already answers at $url: stop it first (./zivah down); this benchmark starts its own with its limits"
  fi
  echo "Starting the stack ..."
  STACK_STARTED=1   # from here on, the caller's exit trap stops it (also a half-started one)
  env "$@" "$ROOT/zivah" up > "$WORK/up.log" 2>&1 || { tail -n 40 "$WORK/up.log"; die "the stack did not start"; }
}

# install_missing COMMAND:PACKAGE...: the Debian packages of the commands this machine lacks
install_missing() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "Installing ${missing[*]} (Debian packages) ..."
  local sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  # the package's post-install script starts a system nginx on port 80: stop it, we run our own
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" > /dev/null
  if command -v systemctl >/dev/null 2>&1; then "${sudo[@]}" systemctl stop nginx 2>/dev/null || true; fi
  "${sudo[@]}" pkill -f 'nginx: master process /usr/sbin/nginx' 2>/dev/null || true
}

# start_nginx PORT HTTP-BLOCK-LINES: our own nginx (the ceiling) under $WORK/nginx; the caller gives the types and
# server lines. $WORK is made readable: nginx's workers do not run as root
start_nginx() {
  local port=$1 block=$2
  chmod 755 "$WORK"
  mkdir -p "$WORK/nginx"
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  keepalive_requests 100000;
$block
}
CONF
  nginx -c "$WORK/nginx.conf" || die "nginx did not start (port $port taken?)"
}

stop_nginx() {
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
}

# measure URL CONNECTIONS [wrk args]: one wrk --latency run ($DURATION unless the args give -d; fewer threads than
# connections never); prints "rps p50 p99 errors timeouts", errors = non-2xx + socket errors; raw output to wrk.log
measure() {
  local url=$1 connections=$2; shift 2
  local threads=$THREADS out rps p50 p99 non2xx sockerr timeouts
  [ "$connections" -ge "$threads" ] || threads=$connections
  out=$(wrk -t"$threads" -c"$connections" -d"$DURATION" --timeout "$TIMEOUT" --latency "$@" "$url" 2>&1) || true
  printf '%s\n%s\n' "== $url $connections $*" "$out" >> "$WORK/wrk.log"
  rps=$(awk '/Requests\/sec/ {printf "%d", $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<< "$out")
  sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8}' <<< "$out")
  timeouts=$(awk '/Socket errors/ {print $NF}' <<< "$out")
  echo "${rps:-0} ${p50:--} ${p99:--} $(( ${non2xx:-0} + ${sockerr:-0} )) ${timeouts:-0}"
}
