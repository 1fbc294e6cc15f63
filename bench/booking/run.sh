#!/usr/bin/env bash
# Starts a fresh Tamar on 127.0.0.1 with an empty embedded PostgreSQL, runs the booking load client
# (BookingLoad.java) against it, then stops Tamar and deletes its data, also on Ctrl-C or an error.
#
# Settings (environment variables):
#   BENCH_CLIENTS         concurrent clients (default 64)
#   BENCH_WARMUP          warm-up seconds, not counted in the figures (default 5)
#   BENCH_DURATION        measured seconds (default 20)
#   BENCH_MAX_REQUESTS    stop after this many booking requests, warm-up included (default 1000000)
#   BENCH_CAPACITY        places per slot the server starts with (default 20)
#   BENCH_OFFICE          office id (default rop-tseung-kwan-o)
#   BENCH_TYPE            appointment type id (default: lost-damaged-defaced, no age limit)
#   BENCH_DATES           book only the first N bookable dates (default: all of them)
#   BENCH_GROUP_SHARE     share of requests with 2 to 4 applicants (default 0.1)
#   BENCH_SERVER_OPTS     extra JVM options for Tamar, e.g. -Xmx1g
#   BENCH_STARTUP_SECONDS how long to wait for Tamar to report healthy (default 180)
# Exit status: the load client's (0 passed, 1 capacity check failed or nothing booked, 2 set-up
# error), or 1 when Tamar did not start.
set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
project_dir=$(cd "$bench_dir/../.." && pwd)

clients=${BENCH_CLIENTS:-64}
warm_up=${BENCH_WARMUP:-5}
duration=${BENCH_DURATION:-20}
max_requests=${BENCH_MAX_REQUESTS:-1000000}
capacity=${BENCH_CAPACITY:-20}
office=${BENCH_OFFICE:-rop-tseung-kwan-o}
type=${BENCH_TYPE:-}
dates=${BENCH_DATES:-}
group_share=${BENCH_GROUP_SHARE:-0.1}
server_opts=${BENCH_SERVER_OPTS:-}
startup_seconds=${BENCH_STARTUP_SECONDS:-180}

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

# The load client needs JDK 22 or newer, whose source launcher compiles the other files of its folder.
pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 22 ]; then
      JAVA_HOME=$candidate
      export JAVA_HOME
      return
    fi
  done
  echo "No JDK 22 or newer found: set JAVA_HOME to a JDK 25" >&2
  exit 1
}

# Builds target/tamar.jar when it is missing or older than a source file or the POM.
build_jar() {
  local jar=$project_dir/target/tamar.jar
  if [ -f "$jar" ] && [ -z "$(find "$project_dir/src" "$project_dir/pom.xml" -newer "$jar" -print -quit)" ]; then
    return
  fi
  echo "Building $jar"
  (cd "$project_dir" && ./mvnw -q -B package -DskipTests)
}

# Prints a TCP port on 127.0.0.1 that nothing listens on (a connection attempt is refused).
free_port() {
  local port attempt
  for attempt in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "No free port found on 127.0.0.1" >&2
  exit 1
}

# Stops a process we started: TERM, then KILL after a grace period.
stop_process() {
  local pid=$1 signal=$2 seconds=$3
  if ! kill -0 "$pid" 2>/dev/null; then
    return
  fi
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((seconds * 10))); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "Process $pid did not stop within $seconds s, so it gets SIGKILL" >&2
  kill -KILL "$pid" 2>/dev/null || true
}

tamar_pid=""
client_pid=""
work_dir=""

# Stops the load client and Tamar, then the PostgreSQL server it started if it outlived Tamar, and deletes the data.
clean_up() {
  # A second Ctrl-C must not cut the clean-up short.
  trap '' INT TERM
  if [ -n "$client_pid" ]; then
    stop_process "$client_pid" TERM 10
  fi
  if [ -n "$tamar_pid" ]; then
    stop_process "$tamar_pid" TERM 30
  fi
  if [ -n "$work_dir" ] && [ -f "$work_dir/postgres/postmaster.pid" ]; then
    # SIGINT selects PostgreSQL's "fast shutdown" mode.
    stop_process "$(head -n 1 "$work_dir/postgres/postmaster.pid")" INT 15
  fi
  if [ -n "$work_dir" ]; then
    # An initdb that Tamar started may still write for a moment after Tamar stopped, so retry once.
    rm -rf "$work_dir" 2>/dev/null || { sleep 2; rm -rf "$work_dir"; }
  fi
}
trap clean_up EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

print_machine() {
  echo "Machine"
  echo "  date (UTC)    $(date -u '+%Y-%m-%d %H:%M:%S')"
  echo "  processors    $(nproc) ($(lscpu 2>/dev/null | awk -F': *' '/^Model name/ {print $2; exit}'))"
  echo "  memory        $(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "  JDK           $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)"
  echo "  load average  $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before the run"
}

pick_jdk
build_jar
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/tamar-bench.XXXXXX")
port=$(free_port)
base_url="http://127.0.0.1:$port"

echo "Starting Tamar on $base_url with data in $work_dir"
# shellcheck disable=SC2086 # BENCH_SERVER_OPTS holds several JVM options.
"$JAVA_HOME/bin/java" $server_opts -jar "$project_dir/target/tamar.jar" \
  --server.address=127.0.0.1 \
  --server.port="$port" \
  --tamar.database.embedded.data-directory="$work_dir/postgres" \
  --tamar.booking.default-capacity="$capacity" \
  --tamar.booking.offices."$office".capacity="$capacity" \
  --spring.main.banner-mode=off \
  >"$work_dir/tamar.log" 2>&1 &
tamar_pid=$!

started=$SECONDS
until curl -fsS --max-time 2 "$base_url/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$tamar_pid" 2>/dev/null; then
    echo "Tamar exited during start-up. The end of its log:" >&2
    tail -n 40 "$work_dir/tamar.log" >&2
    exit 1
  fi
  if [ $((SECONDS - started)) -ge "$startup_seconds" ]; then
    echo "Tamar did not report healthy within $startup_seconds s. The end of its log:" >&2
    tail -n 40 "$work_dir/tamar.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "Tamar healthy after $((SECONDS - started)) s"
postgres_pid=$(head -n 1 "$work_dir/postgres/postmaster.pid")

print_machine
client_args=(
  --base-url="$base_url"
  --capacity="$capacity"
  --office="$office"
  --clients="$clients"
  --warm-up="$warm_up"
  --duration="$duration"
  --max-requests="$max_requests"
  --group-share="$group_share"
  --watch="tamar:$tamar_pid,postgresql:$postgres_pid"
  --clock-ticks="$(getconf CLK_TCK)"
)
if [ -n "$type" ]; then
  client_args+=(--type="$type")
fi
if [ -n "$dates" ]; then
  client_args+=(--dates="$dates")
fi

# In the background, so that a signal to this script runs the clean-up at once, not after the client.
"$JAVA_HOME/bin/java" "$bench_dir/BookingLoad.java" "${client_args[@]}" &
client_pid=$!
status=0
wait "$client_pid" || status=$?
client_pid=""

errors=$(grep -c -E '^\S+\s+ERROR|"log.level":"ERROR"' "$work_dir/tamar.log" || true)
echo "Tamar logged $errors ERROR lines during the run"
exit "$status"
