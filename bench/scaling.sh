#!/usr/bin/env bash
# The measurements of docs/scaling.md, step by step; run from the repository root.
#
#   bench/scaling.sh template          a real history: a fresh ledger, the placement benchmark's quick `all` run
#   bench/scaling.sh grow N            clone that history until the store holds N events (ScalingStore.java)
#   bench/scaling.sh queries           Axon's event store statements on it, with their plans (ScalingQueries.java)
#   bench/scaling.sh rebuild [NAMES]   projections rebuilt from the first event (--ledger.projections.rebuild=all, or
#                                      a list: account-views,intervention-views,...)
#   bench/scaling.sh reconcile         finance's replay: POST /api/finance/reconciliation, three times
#   bench/scaling.sh search-rebuild    the search index rebuilt from the history (POST /api/admin/search/rebuild)
#
# Environment: SCALING_DATA (default /work/scaling-data: the template's and the store's data directories),
# SCALING_PORT (default 8192: the ledger; the bulk load's own PostgreSQL listens on SCALING_PORT - 1),
# LEDGER_JAR (default app/target/order-ledger.jar, built with ./mvnw -B -o package -DskipTests -pl app -am).
# Each step prints `uptime` before and after: on a shared machine, read the figures with the load.
set -euo pipefail

DATA=${SCALING_DATA:-/work/scaling-data}
PORT=${SCALING_PORT:-8192}
PG_PORT=$((PORT - 1))
JAR=${LEDGER_JAR:-app/target/order-ledger.jar}
ES_DIST=${LEDGER_ES_DIST:-var/dist}
PGJDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.*/postgresql-42.7.*.jar | grep -v sources | tail -1)
ADMIN='{"login":"admin@bench.local","password":"bench-admin-secret-1"}'

ledger() { # ledger DATA_DIR [args...]: the packaged ledger, dev profile (simulated partners), the benchmark's admin
  local dir=$1; shift
  exec java -XX:+UseParallelGC -jar "$JAR" --spring.profiles.active=dev --server.port="$PORT" --ledger.data-dir="$dir" \
    --ledger.elasticsearch.distribution="$ES_DIST" \
    --ledger.security.bootstrap-admin.email=admin@bench.local --ledger.security.bootstrap-admin.password=bench-admin-secret-1 \
    --ledger.security.rate-limit.requests-per-minute=1000000 "$@"
}

start_ledger() { # in the background, until it answers
  ledger "$1" "${@:2}" > "$1/ledger.log" 2>&1 &
  echo $! > "$1/ledger.pid"
  until curl -sf "localhost:$PORT/actuator/health" 2> /dev/null | grep -q "\"status\":\"UP\""; do sleep 2; done
}

stop_ledger() { # SIGTERM; the ledger stops its PostgreSQL and Elasticsearch
  local pid; pid=$(cat "$1/ledger.pid")
  kill "$pid"; while kill -0 "$pid" 2> /dev/null; do sleep 1; done
}

pg_bin() { ls -d /tmp/embedded-pg/PG-*/bin | tail -1; }

start_postgres() { # the store's PostgreSQL for the bulk load: fsync off (a crash means cloning again), as user postgres when root
  local dir=$DATA/store/postgres as=()
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$(pg_bin)/postgres" -D "$dir" -p "$PG_PORT" -c listen_addresses=localhost -c shared_buffers=256MB \
    -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_wal_size=8GB -c checkpoint_timeout=30min \
    > "$DATA/store/postgres.log" 2>&1 &
  until psql -h localhost -p "$PG_PORT" -U postgres -Atc 'select 1' > /dev/null 2>&1; do sleep 1; done
}

stop_postgres() { # fast shutdown, and the data directory back to the ledger's user
  local dir=$DATA/store/postgres pid
  pid=$(head -1 "$dir/postmaster.pid"); kill -INT "$pid"; while kill -0 "$pid" 2> /dev/null; do sleep 1; done
  if [ "$(id -u)" = 0 ]; then chown -R root "$dir"; fi
}

token() {
  curl -sf -H 'Content-Type: application/json' -d "$ADMIN" "localhost:$PORT/api/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}

uptime
case ${1:-} in
  template)
    mkdir -p "$DATA/template"
    start_ledger "$DATA/template" --ledger.order.payment-timeout=PT30S
    java bench/PlacementBenchmark.java all --url "http://localhost:$PORT" --duration 20s --warmup 50 --rate 10 \
      --units 100 --attempts 500 --buyers 16 --resell | tee "$DATA/template/bench.log"
    stop_ledger "$DATA/template"
    rm -rf "$DATA/store"; mkdir -p "$DATA/store"; cp -a "$DATA/template/postgres" "$DATA/store/postgres" 2> /dev/null \
      || cp -a "$DATA/template/var/postgres" "$DATA/store/postgres"
    ;;
  grow)
    start_postgres
    java -cp "$PGJDBC" bench/ScalingStore.java clone --jdbc "jdbc:postgresql://localhost:$PG_PORT/postgres" --events "${2:?events}"
    stop_postgres
    ;;
  queries)
    start_postgres
    java -cp "$PGJDBC" bench/ScalingQueries.java --jdbc "jdbc:postgresql://localhost:$PG_PORT/postgres"
    stop_postgres
    ;;
  rebuild)
    /usr/bin/time -v bash -c "$(declare -f ledger); JAR=$JAR ES_DIST=$ES_DIST PORT=$PORT ledger $DATA/store \
      --ledger.projections.rebuild=${2:-all}" > "$DATA/store/rebuild.log" 2>&1 || true
    grep -E 'Rebuil|Elapsed|Maximum resident|Percent of CPU|Exit status' "$DATA/store/rebuild.log"
    ;;
  reconcile)
    start_ledger "$DATA/store"
    t=$(token)
    for round in 1 2 3; do
      curl -s -o "$DATA/store/reconciliation-$round.json" -w "round $round: HTTP %{http_code} in %{time_total} s\n" \
        -X POST -H "Authorization: Bearer $t" -H 'Accept: application/json' "localhost:$PORT/api/finance/reconciliation"
      grep -o '"events":[0-9]*\|"discrepancies":\[\]\|"payOrdersPaid":[0-9]*' "$DATA/store/reconciliation-$round.json" | tr '\n' ' '; echo
    done
    uptime
    stop_ledger "$DATA/store"
    ;;
  search-rebuild)
    start_ledger "$DATA/store"
    curl -s -X POST -H "Authorization: Bearer $(token)" "localhost:$PORT/api/admin/search/rebuild"; echo
    stop_ledger "$DATA/store"
    ;;
  *)
    sed -n '2,15p' "$0"; exit 2 ;;
esac
uptime
