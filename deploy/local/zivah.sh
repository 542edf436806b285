#!/usr/bin/env bash
# The ZIVAH local stack without Docker: PostgreSQL, Kafka (KRaft), Keycloak, GreenMail and the five
# Quarkus services as plain processes, each in its own process group, with its own log file.
#   ./zivah up [--build]   build what is missing (or everything), start, wait until healthy, print URLs
#   ./zivah down           stop what `up` started (and nothing else)
#   ./zivah status         what runs, and is it healthy
#   ./zivah logs [name]    list the log files, or follow one
#   ./zivah restart <svc>  stop and start one of the five services (e.g. after rebuilding it), timed
#   ./zivah test [args]    install what this machine lacks (Debian: chromium, curl, procps), then run all tests
#                          (./mvnw -B verify [args]); .ci/run calls it
# Environment: ZIVAH_HOME (state dir, default .zivah), ZIVAH_PORT_OFFSET (added to every port),
# ZIVAH_DB_URL / ZIVAH_KAFKA_BOOTSTRAP / ZIVAH_OIDC_URL / ZIVAH_SMTP_HOST+ZIVAH_SMTP_PORT to use
# external servers instead of starting private ones (see README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${ZIVAH_HOME:-$ROOT/.zivah}"
OFFSET="${ZIVAH_PORT_OFFSET:-0}"
KEYCLOAK_VERSION="26.7.3"
p() { echo $(( $1 + OFFSET )); }

GATEWAY_PORT=$(p 8080); WEB_PORT=$(p 8081); CATALOG_PORT=$(p 8082); QUOTE_PORT=$(p 8083)
NOTIFICATION_PORT=$(p 8084); KEYCLOAK_PORT=$(p 8180); KEYCLOAK_MGMT_PORT=$(p 9180)
# health and metrics of each service: its management interface, never reachable through the gateway
GATEWAY_MGMT_PORT=$(p 9080); WEB_MGMT_PORT=$(p 9081); CATALOG_MGMT_PORT=$(p 9082); QUOTE_MGMT_PORT=$(p 9083)
NOTIFICATION_MGMT_PORT=$(p 9084)
PG_PORT=$(p 15432); KAFKA_PORT=$(p 9092); KAFKA_CONTROLLER_PORT=$(p 9093)
SMTP_PORT=$(p 3025); MAIL_API_PORT=$(p 8025)

RUN="$STATE/run"; LOGS="$STATE/logs"; DATA="$STATE/data"
STACK_LIB="$ROOT/deploy/target/local-stack"
SERVICES=(catalog-service quote-service notification-service web-frontend gateway)
ALL_COMPONENTS=(postgres kafka keycloak greenmail "${SERVICES[@]}")
SECRET_NAMES=(CATALOG_DB_PASSWORD QUOTE_DB_PASSWORD NOTIFICATION_DB_PASSWORD KEYCLOAK_ADMIN_PASSWORD OIDC_CLIENT_SECRET
  CSRF_SIGNATURE_KEY)

say() { printf '%s\n' "$*"; }
die() { printf 'zivah: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- which components run here
external_db() { [ -n "${ZIVAH_DB_URL:-}" ]; }
external_kafka() { [ -n "${ZIVAH_KAFKA_BOOTSTRAP:-}" ]; }
external_oidc() { [ -n "${ZIVAH_OIDC_URL:-}" ]; }
external_smtp() { [ -n "${ZIVAH_SMTP_HOST:-}" ]; }

components() {
  external_db || echo postgres
  external_kafka || echo kafka
  external_oidc || echo keycloak
  external_smtp || echo greenmail
  printf '%s\n' "${SERVICES[@]}"
}

port_of() {
  case "$1" in
    postgres) echo "$PG_PORT" ;; kafka) echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT" ;;
    keycloak) echo "$KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT" ;; greenmail) echo "$SMTP_PORT $MAIL_API_PORT" ;;
    catalog-service) echo "$CATALOG_PORT $CATALOG_MGMT_PORT" ;; quote-service) echo "$QUOTE_PORT $QUOTE_MGMT_PORT" ;;
    notification-service) echo "$NOTIFICATION_PORT $NOTIFICATION_MGMT_PORT" ;;
    web-frontend) echo "$WEB_PORT $WEB_MGMT_PORT" ;; gateway) echo "$GATEWAY_PORT $GATEWAY_MGMT_PORT" ;;
  esac
}

health_url() {
  case "$1" in
    keycloak) echo "http://localhost:$KEYCLOAK_PORT/realms/zivah/.well-known/openid-configuration" ;;
    greenmail) echo "http://127.0.0.1:$MAIL_API_PORT/api/service/readiness" ;;
    catalog-service) echo "http://127.0.0.1:$CATALOG_MGMT_PORT/q/health/ready" ;;
    quote-service) echo "http://127.0.0.1:$QUOTE_MGMT_PORT/q/health/ready" ;;
    notification-service) echo "http://127.0.0.1:$NOTIFICATION_MGMT_PORT/q/health/ready" ;;
    web-frontend) echo "http://127.0.0.1:$WEB_MGMT_PORT/q/health/ready" ;;
    gateway) echo "http://127.0.0.1:$GATEWAY_MGMT_PORT/q/health/ready" ;;
    *) echo "" ;;
  esac
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid_of() { [ -f "$RUN/$1.pid" ] && cat "$RUN/$1.pid" || true; }
# alive = the recorded process exists AND is one of ours (a stale pid file may name an unrelated process)
alive() {
  local pid; pid=$(pid_of "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -e "$ROOT" -e "$STATE"
}
postmaster_pid() { # PostgreSQL's server detaches (pg_ctl uses setsid): find it through its pid file
  local pm; pm=$(head -n 1 "$DATA/postgres/postmaster.pid" 2>/dev/null || true)
  [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null && grep -q postgres "/proc/$pm/comm" 2>/dev/null && echo "$pm" || true
}
http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

healthy() {
  local url; url=$(health_url "$1")
  case "$1" in
    postgres) grep -q "PostgreSQL ready" "$LOGS/postgres.log" 2>/dev/null && port_in_use "$PG_PORT" ;;
    kafka) grep -q "Kafka Server started" "$LOGS/kafka.log" 2>/dev/null ;;
    *) http_ok "$url" ;;
  esac
}

# one ./zivah command at a time per state dir (two `up`s would overwrite each other's pid files)
lock() {
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock -n 9 || die "another ./zivah command is running on $STATE"
}

# ---------------------------------------------------------------- secrets and build
secrets() {
  mkdir -p "$STATE"
  local gen name; gen() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }
  # generated once; a secret added by a newer version is appended to an existing file
  (umask 077; touch "$STATE/secrets.env"
   for name in "${SECRET_NAMES[@]}"; do
     grep -q "^$name=" "$STATE/secrets.env" || echo "$name=$(gen)" >> "$STATE/secrets.env"
   done)
  chmod 600 "$STATE/secrets.env"
  # a value the caller set (external servers) wins over the generated one; launch() passes each
  # process only the secrets it needs
  local key value
  while IFS='=' read -r key value; do
    [ -n "$key" ] && [ -z "${!key:-}" ] && printf -v "$key" '%s' "$value"
  done < "$STATE/secrets.env"
  return 0
}

preflight() {
  local missing=()
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v ps >/dev/null 2>&1 || missing+=(procps)
  { command -v setsid >/dev/null 2>&1 && command -v flock >/dev/null 2>&1; } || missing+=(util-linux)
  install_packages "${missing[@]}"
  command -v java >/dev/null 2>&1 || die "'java' is missing (Debian: apt-get install -y openjdk-17-jdk-headless)"
}

# install_packages PKG...: Debian packages this machine lacks (a fresh machine of this kind has apt and root)
install_packages() {
  [ "$#" -eq 0 ] && return 0
  say "Installing $* (Debian packages) ..."
  local sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "$@" > /dev/null; } \
    || die "could not install $*; install them (apt-get install -y $*) and retry"
}

built() {
  local s
  for s in "${SERVICES[@]}"; do [ -f "$ROOT/$s/target/quarkus-app/quarkus-run.jar" ] || return 1; done
  [ -d "$STACK_LIB/lib" ] && [ -f "$STACK_LIB/greenmail-standalone.jar" ] && [ -x "$ROOT/identity/target/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ]
}

build() {
  say "Building (./mvnw install -DskipTests, log in $LOGS/build.log) ..."
  if ! (cd "$ROOT" && ./mvnw -B install -DskipTests > "$LOGS/build.log" 2>&1); then
    tail -n 30 "$LOGS/build.log" >&2
    die "build failed, see $LOGS/build.log"
  fi
}

# ---------------------------------------------------------------- starting
# launch NAME [VAR=value ...] -- COMMAND...: starts COMMAND as the leader of a new session (so `down`
# stops everything it spawns) with only the given variables added and no inherited secret
launch() {
  local name=$1 vars=(); shift
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  (
    exec 9>&-   # the launcher's lock is not the child's
    unset "${SECRET_NAMES[@]}"
    for v in "${vars[@]}"; do export "${v?}"; done
    exec setsid "$@" > "$LOGS/$name.log" 2>&1 < /dev/null
  ) &
  echo $! > "$RUN/$name.pid"
}

start_postgres() {
  launch postgres CATALOG_DB_PASSWORD="$CATALOG_DB_PASSWORD" QUOTE_DB_PASSWORD="$QUOTE_DB_PASSWORD" \
    NOTIFICATION_DB_PASSWORD="$NOTIFICATION_DB_PASSWORD" -- java -Xmx160m -XX:+UseSerialGC -Dot.epg.working-dir="$STATE/postgres-bin" \
    -cp "$ROOT/deploy/target/classes:$STACK_LIB/lib/*" com.zivah.deploy.LocalPostgres "$DATA/postgres" "$PG_PORT"
}

start_kafka() {
  local dir="$DATA/kafka" conf="$STATE/kafka.properties"
  mkdir -p "$dir"
  cat > "$conf" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  local kjava=(java -Dlog4j2.configurationFile="$ROOT/deploy/local/log4j2-kafka.properties" -cp "$STACK_LIB/lib/*")
  if [ ! -f "$dir/meta.properties" ]; then
    local id; id=$("${kjava[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    "${kjava[@]}" kafka.tools.StorageTool format -t "$id" -c "$conf" > "$LOGS/kafka-format.log" 2>&1 \
      || die "Kafka storage format failed, see $LOGS/kafka-format.log"
  fi
  launch kafka -- "${kjava[@]}" -Xms128m -Xmx384m -XX:+UseSerialGC kafka.Kafka "$conf"
}

start_keycloak() {
  # The distribution unpacked by identity/ is built once (same marker as test-support's KeycloakResource);
  # this stack gets its own Keycloak home: the read-only parts linked, its own persistent data/.
  local dist="$ROOT/identity/target/keycloak-$KEYCLOAK_VERSION" home="$STATE/keycloak"
  local options="--db=dev-file --health-enabled=true"
  if [ "$(cat "$dist/.zivah-built" 2>/dev/null)" != "$options" ]; then
    say "  keycloak: one-time optimized build (about a minute) ..."
    # shellcheck disable=SC2086
    "$dist/bin/kc.sh" build $options > "$LOGS/keycloak-build.log" 2>&1 \
      || die "Keycloak build failed, see $LOGS/keycloak-build.log"
    echo "$options" > "$dist/.zivah-built"
  fi
  mkdir -p "$home/data/import"
  local part
  for part in bin conf lib providers themes version.txt; do ln -sfn "$dist/$part" "$home/$part"; done
  # the realm as code; redirect URIs follow the port offset (import skips a realm that already exists)
  sed -e "s#localhost:8080#localhost:$GATEWAY_PORT#g" -e "s#localhost:8081#localhost:$WEB_PORT#g" \
    "$ROOT/identity/src/main/keycloak/zivah-realm.json" > "$home/data/import/zivah-realm.json"
  # the local stack is a demo: its users (one per role) come with it
  cp "$ROOT/identity/src/main/keycloak/demo/zivah-users-0.json" "$home/data/import/zivah-users-0.json"
  launch keycloak KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    ZIVAH_WEB_CLIENT_SECRET="$OIDC_CLIENT_SECRET" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    -- "$home/bin/kc.sh" start --optimized --http-enabled=true --http-host=127.0.0.1 \
      --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" --hostname-strict=false \
      --cache=local --import-realm "-Dkc.home.dir=$home"
}

start_greenmail() {
  launch greenmail -- java -Xmx96m -XX:+UseSerialGC -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$STACK_LIB/greenmail-standalone.jar"
}

service_env() { # fills SENV with the configuration each service gets (see each module's README)
  local jdbc="${ZIVAH_DB_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT/zivah}" sep='?'
  [[ "$jdbc" == *\?* ]] && sep='&'
  local kafka="${ZIVAH_KAFKA_BOOTSTRAP:-127.0.0.1:$KAFKA_PORT}"
  local oidc="${ZIVAH_OIDC_URL:-http://localhost:$KEYCLOAK_PORT/realms/zivah}"
  local smtp_host="${ZIVAH_SMTP_HOST:-127.0.0.1}" smtp_port="${ZIVAH_SMTP_PORT:-$SMTP_PORT}"
  # only the gateway listens beyond loopback: the services are reached through it
  SENV=(QUARKUS_PROFILE=prod QUARKUS_OIDC_AUTH_SERVER_URL="$oidc" QUARKUS_HTTP_HOST=127.0.0.1
    QUARKUS_MANAGEMENT_HOST=127.0.0.1)
  case "$1" in
    catalog-service) SENV+=(KAFKA_BOOTSTRAP_SERVERS="$kafka" QUARKUS_HTTP_PORT="$CATALOG_PORT" QUARKUS_MANAGEMENT_PORT="$CATALOG_MGMT_PORT"
      QUARKUS_DATASOURCE_JDBC_URL="$jdbc${sep}currentSchema=catalog" QUARKUS_DATASOURCE_USERNAME=catalog
      CATALOG_DB_PASSWORD="$CATALOG_DB_PASSWORD") ;;
    quote-service) SENV+=(KAFKA_BOOTSTRAP_SERVERS="$kafka" QUARKUS_HTTP_PORT="$QUOTE_PORT" QUARKUS_MANAGEMENT_PORT="$QUOTE_MGMT_PORT"
      QUARKUS_DATASOURCE_JDBC_URL="$jdbc${sep}currentSchema=quote" QUARKUS_DATASOURCE_USERNAME=quote
      QUOTE_DB_PASSWORD="$QUOTE_DB_PASSWORD") ;;
    notification-service) SENV+=(KAFKA_BOOTSTRAP_SERVERS="$kafka" QUARKUS_HTTP_PORT="$NOTIFICATION_PORT"
      QUARKUS_MANAGEMENT_PORT="$NOTIFICATION_MGMT_PORT"
      QUARKUS_DATASOURCE_JDBC_URL="$jdbc${sep}currentSchema=notification" QUARKUS_DATASOURCE_USERNAME=notification
      NOTIFICATION_DB_PASSWORD="$NOTIFICATION_DB_PASSWORD" QUARKUS_MAILER_HOST="$smtp_host" QUARKUS_MAILER_PORT="$smtp_port") ;;
    web-frontend) SENV+=(QUARKUS_HTTP_PORT="$WEB_PORT" QUARKUS_MANAGEMENT_PORT="$WEB_MGMT_PORT"
      OIDC_CLIENT_SECRET="$OIDC_CLIENT_SECRET" CSRF_SIGNATURE_KEY="$CSRF_SIGNATURE_KEY"
      QUARKUS_REST_CLIENT_CATALOG_URL="http://127.0.0.1:$CATALOG_PORT"
      QUARKUS_REST_CLIENT_QUOTE_URL="http://127.0.0.1:$QUOTE_PORT") ;;
    gateway) SENV=(QUARKUS_PROFILE=prod QUARKUS_HTTP_PORT="$GATEWAY_PORT"
      QUARKUS_MANAGEMENT_PORT="$GATEWAY_MGMT_PORT" QUARKUS_MANAGEMENT_HOST=127.0.0.1
      ZIVAH_GATEWAY_ROUTES_CATALOG_URL="http://127.0.0.1:$CATALOG_PORT"
      ZIVAH_GATEWAY_ROUTES_QUOTES_URL="http://127.0.0.1:$QUOTE_PORT"
      ZIVAH_GATEWAY_ROUTES_WEB_URL="http://127.0.0.1:$WEB_PORT"
      ZIVAH_GATEWAY_RATE_LIMIT_CAPACITY="${ZIVAH_GATEWAY_RATE_LIMIT_CAPACITY:-20}") ;;
  esac
}

start_service() {
  local name=$1
  service_env "$name"
  launch "$name" "${SENV[@]}" -- java -Xms32m -Xmx192m -XX:+UseSerialGC -XX:MaxRAM=512m \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
}

wait_healthy() { # name timeout-seconds
  local name=$1 limit=$2 waited=0
  until healthy "$name"; do
    alive "$name" || { tail -n 40 "$LOGS/$name.log" >&2; die "$name exited during startup, see $LOGS/$name.log"; }
    [ "$waited" -ge "$limit" ] && { tail -n 40 "$LOGS/$name.log" >&2; die "$name not healthy after ${limit}s, see $LOGS/$name.log"; }
    sleep 1; waited=$((waited + 1))
  done
}

up() {
  local force_build=false skip_build=false
  for a in "$@"; do case "$a" in --build) force_build=true ;; --no-build) skip_build=true ;; *) die "unknown option $a" ;; esac; done
  mkdir -p "$RUN" "$LOGS" "$DATA"
  lock
  preflight
  local running=() c
  for c in "${ALL_COMPONENTS[@]}"; do alive "$c" && running+=("$c"); done
  if [ "${#running[@]}" -gt 0 ]; then
    say "ZIVAH is already running (${running[*]}). Use './zivah status', or './zivah down' first."
    return 0
  fi
  for c in $(components); do
    for port in $(port_of "$c"); do
      port_in_use "$port" && die "port $port (needed by $c) is already in use by another program"
    done
  done
  local t0=$SECONDS
  # a failed start leaves nothing running behind
  UP_OK=0
  trap '[ "$UP_OK" = 1 ] || { say "Start failed or interrupted; stopping what was started ..."; down >/dev/null 2>&1 || true; }' EXIT
  trap 'exit 130' INT TERM
  secrets
  if $force_build || { ! $skip_build && ! built; }; then build; fi
  built || die "artifacts missing; run './zivah up --build'"

  say "Starting infrastructure ..."
  external_db || start_postgres
  external_kafka || start_kafka
  external_smtp || start_greenmail
  external_oidc || start_keycloak
  external_db || wait_healthy postgres 60
  external_kafka || wait_healthy kafka 90
  external_smtp || wait_healthy greenmail 60
  say "Starting services ..."
  for c in "${SERVICES[@]}"; do start_service "$c"; done
  for c in "${SERVICES[@]}"; do wait_healthy "$c" 180; done
  external_oidc || wait_healthy keycloak 300
  UP_OK=1
  say ""
  say "ZIVAH is up in $((SECONDS - t0)) s."
  print_access
}

print_access() {
  cat <<TXT

  Site (gateway)      http://localhost:$GATEWAY_PORT/
  Admin               http://localhost:$GATEWAY_PORT/admin
  Catalog API         http://localhost:$GATEWAY_PORT/api/catalog/products
  Keycloak            http://localhost:$KEYCLOAK_PORT/admin/master/console/  (admin / see $STATE/secrets.env)
  Mail API (GreenMail) http://localhost:$MAIL_API_PORT/api/user/<buyer-email>/messages/INBOX
  Logs                $LOGS/   (./zivah logs <name>)

  Demo logins for /admin (realm zivah):
    ADMIN    admin    / Admin#Zivah2026
    MANAGER  manager  / Manager#Zivah2026
    VIEWER   viewer   / Viewer#Zivah2026
TXT
}

down() {
  local names=() c pid pm
  for c in "${ALL_COMPONENTS[@]}"; do [ -f "$RUN/$c.pid" ] && names=("$c" "${names[@]}"); done
  pm=$(postmaster_pid)
  for c in "${names[@]}"; do
    alive "$c" && { kill -TERM -- "-$(pid_of "$c")" 2>/dev/null || true; }
  done
  for c in "${names[@]}"; do
    pid=$(pid_of "$c")
    for _ in $(seq 1 40); do alive "$c" || break; sleep 0.5; done
    if alive "$c"; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
    rm -f "$RUN/$c.pid"
    say "stopped $c"
  done
  # the PostgreSQL server left behind if its launcher could not stop it (fast shutdown)
  if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null; then
    kill -INT "$pm" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pm" 2>/dev/null || break; sleep 0.25; done
  fi
  return 0
}

status() {
  local c pid state any=false
  local rss
  printf '%-22s %-8s %-10s %-8s %s\n' COMPONENT PID STATE RSS_MB PORTS
  for c in $(components); do
    pid=$(pid_of "$c"); rss=-
    if alive "$c"; then
      any=true
      if healthy "$c"; then state=healthy; else state=starting; fi
      # resident memory of the whole session (for postgres: the launcher JVM plus the server's processes)
      local sids=("$pid")
      [ "$c" = postgres ] && [ -n "$(postmaster_pid)" ] && sids+=("$(postmaster_pid)")
      rss=$(ps -o rss= --sid "$(IFS=,; echo "${sids[*]}")" 2>/dev/null | awk '{s+=$1} END {printf "%d", s/1024}') || rss=-
    else state=stopped; pid=-; fi
    printf '%-22s %-8s %-10s %-8s %s\n' "$c" "$pid" "$state" "$rss" "$(port_of "$c")"
  done
  $any || return 3
}

restart() {
  local name=${1:-} pid t0
  [[ " ${SERVICES[*]} " == *" $name "* ]] || die "restart takes one of: ${SERVICES[*]}"
  mkdir -p "$RUN" "$LOGS"
  lock
  preflight
  local infra
  for infra in $(components); do
    [[ " ${SERVICES[*]} " == *" $infra "* ]] && continue
    alive "$infra" || die "$infra is not running: use './zivah up'"
  done
  secrets
  pid=$(pid_of "$name")
  if alive "$name"; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL -- "-$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
  fi
  t0=$(date +%s%N)
  start_service "$name"
  wait_healthy_fast "$name" 180
  say "$name healthy $(( ($(date +%s%N) - t0) / 1000000 )) ms after its process started"
}

wait_healthy_fast() { # like wait_healthy, polling every 50 ms (for timing a single start)
  local name=$1 limit=$(( $2 * 20 )) n=0
  until healthy "$name"; do
    alive "$name" || die "$name exited during startup, see $LOGS/$name.log"
    [ "$n" -ge "$limit" ] && die "$name not healthy after $2 s, see $LOGS/$name.log"
    sleep 0.05; n=$((n + 1))
  done
}

# ---------------------------------------------------------------- tests
# What the test suite needs from the machine beyond Java and Maven Central: Debian's Chromium for the
# browser journeys, curl and ps for the launcher the e2e tests drive.
test_prerequisites() {
  preflight
  command -v chromium >/dev/null 2>&1 || install_packages chromium
}

run_tests() {
  test_prerequisites
  local t0=$SECONDS
  (cd "$ROOT" && ./mvnw -B verify "$@")
  say "All tests passed in $((SECONDS - t0)) s."
}

logs() {
  if [ $# -eq 0 ]; then ls -1 "$LOGS" 2>/dev/null || say "no logs yet"; return; fi
  [ -f "$LOGS/$1.log" ] || die "no log for $1 (try: ./zivah logs)"
  tail -n 200 -f "$LOGS/$1.log"
}

cmd="${1:-}"; [ $# -gt 0 ] && shift
case "$cmd" in
  up) up "$@" ;;
  down) lock; down ;;
  status) status ;;
  logs) logs "$@" ;;
  restart) restart "$@" ;;
  test) run_tests "$@" ;;
  *) say "usage: ./zivah up [--build|--no-build] | down | status | logs [name] | restart <service> | test [maven args]"; exit 2 ;;
esac
