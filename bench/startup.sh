#!/usr/bin/env bash
# How long the packaged ledger takes to start and to stop, with its embedded PostgreSQL and Elasticsearch:
#
#   bench/startup.sh [ROUNDS]   each round: a start on an empty data directory (PostgreSQL initialised,
#                               Elasticsearch's first start, every migration), a stop (SIGTERM, as Ctrl-C),
#                               a start on the data the first left, a stop
#
# "ready" is the readiness probe answering UP (the start-up runners, the bootstrap admin included, have run).
# Environment: STARTUP_DATA (default /tmp/ledger-startup), STARTUP_PORT (default 8193), LEDGER_JAR (default
# app/target/order-ledger.jar, built with ./mvnw -B -o package -DskipTests -pl app -am), LEDGER_ES_DIST (var/dist).
# Prints `uptime` before and after: on a shared machine, read the figures with the load.
set -euo pipefail

ROUNDS=${1:-1}
DATA=${STARTUP_DATA:-/tmp/ledger-startup}
PORT=${STARTUP_PORT:-8193}
JAR=${LEDGER_JAR:-app/target/order-ledger.jar}
ES_DIST=${LEDGER_ES_DIST:-var/dist}

millis() { echo $(( $(date +%s%N) / 1000000 )); }

start() { # start DATA_DIR: prints the milliseconds until ready
  local began; began=$(millis)
  java -jar "$JAR" --spring.profiles.active=dev --server.port="$PORT" --ledger.data-dir="$1" \
    --ledger.elasticsearch.distribution="$ES_DIST" --management.endpoint.health.probes.enabled=true \
    >> "$1.log" 2>&1 &
  echo $! > "$1.pid"
  until curl -sf "localhost:$PORT/actuator/health/readiness" 2> /dev/null | grep -q '"status":"UP"'; do
    kill -0 "$(cat "$1.pid")" 2> /dev/null || { echo "the ledger exited; see $1.log" >&2; exit 1; }
    sleep 0.2
  done
  echo $(( $(millis) - began ))
}

stop() { # stop DATA_DIR: prints the milliseconds until the JVM has exited
  local began pid; began=$(millis); pid=$(cat "$1.pid")
  kill "$pid"
  while kill -0 "$pid" 2> /dev/null; do sleep 0.1; done
  echo $(( $(millis) - began ))
}

[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -B -o package -DskipTests -pl app -am" >&2; exit 1; }
echo "load before: $(uptime)"
for round in $(seq 1 "$ROUNDS"); do
  dir="$DATA/round-$round"
  rm -rf "$dir" "$dir.log"; mkdir -p "$dir"
  fresh=$(start "$dir"); first_stop=$(stop "$dir")
  again=$(start "$dir"); second_stop=$(stop "$dir")
  printf 'round %d: empty data directory: ready in %d ms, stopped in %d ms; same data again: ready in %d ms, stopped in %d ms\n' \
    "$round" "$fresh" "$first_stop" "$again" "$second_stop"
done
echo "load after: $(uptime)"
