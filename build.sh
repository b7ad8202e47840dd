#!/usr/bin/env bash
# TescForce build script.
#   ./build.sh test    restore, build, provision what the tests need (PostgreSQL, Chromium), run every test
#   ./build.sh build   restore and build only
# The last line of `test` is always: tests: N passed, N failed, N skipped
set -uo pipefail

root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
configuration=${CONFIGURATION:-Debug}
results="$root/TestResults"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n==> %s\n' "$*"; }
is_root() { [ "$(id -u)" -eq 0 ]; }

apt_install() {
  if ! is_root || ! command -v apt-get >/dev/null; then
    echo "cannot install $* (needs root and apt-get); install it by hand" >&2
    return 1
  fi
  if [ -z "${apt_updated:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

build() {
  log "restore and build ($configuration)"
  dotnet tool restore >/dev/null &&
  dotnet build TescForce.sln -c "$configuration" -nologo -clp:ErrorsOnly
}

# --- PostgreSQL: a throw-away cluster on a free loopback port, unless TESCFORCE_TEST_POSTGRES is set ---
pg_dir=""
pg_bin=""
pg_user=""
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_pg() { if [ -n "$pg_user" ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

start_postgres() {
  if [ -n "${TESCFORCE_TEST_POSTGRES:-}" ]; then
    log "PostgreSQL: using TESCFORCE_TEST_POSTGRES"
    return 0
  fi
  pg_bin=$(find_pg_bin)
  if [ -z "$pg_bin" ]; then
    if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
      log "PostgreSQL: no server binaries, the tests will start one with Testcontainers"
      return 0
    fi
    log "PostgreSQL: installing the postgresql package"
    apt_install postgresql || return 1
    pg_bin=$(find_pg_bin)
  fi
  # PostgreSQL refuses to run as root: run the cluster as the postgres user.
  if is_root; then
    pg_user=postgres
    id -u postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
  fi
  pg_dir=$(mktemp -d /tmp/tescforce-pg.XXXXXX)
  [ -n "$pg_user" ] && chown "$pg_user" "$pg_dir"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
  log "PostgreSQL: starting $("$pg_bin/postgres" --version | awk '{print $3}') in $pg_dir on 127.0.0.1:$port"
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; return 1; }
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$pg_dir/server.log"; return 1; }
  export TESCFORCE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

# --- Chromium for the end-to-end tests (never downloaded by Playwright) ---
ensure_chromium() {
  if [ -n "${TESCFORCE_CHROMIUM:-}" ] && [ -x "$TESCFORCE_CHROMIUM" ]; then return 0; fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -x "$candidate" ]; then export TESCFORCE_CHROMIUM=$candidate; return 0; fi
  done
  log "Chromium: installing the chromium package"
  apt_install chromium fonts-dejavu-core || return 1
  export TESCFORCE_CHROMIUM=/usr/bin/chromium
}

summarise() {
  python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
    for r in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        o = r.get("outcome")
        if o == "Passed": p += 1
        elif o in ("NotExecuted", "Inconclusive"): s += 1
        else: f += 1
print(f"tests: {p} passed, {f} failed, {s} skipped")
PY
}

run_tests() {
  rm -rf "$results"; mkdir -p "$results"
  build || { echo "tests: 0 passed, 1 failed, 0 skipped"; return 1; }
  start_postgres || { echo "could not provision PostgreSQL" >&2; echo "tests: 0 passed, 1 failed, 0 skipped"; return 1; }
  trap stop_postgres EXIT
  ensure_chromium || echo "warning: no Chromium; the end-to-end tests will fail" >&2

  local status=0
  for project in UnitTests IntegrationTests E2ETests; do
    log "test $project"
    dotnet test "tests/TescForce.$project" -c "$configuration" --no-build --nologo \
      --logger "trx;LogFileName=$project.trx" \
      --results-directory "$results/$project" -- RunConfiguration.TreatNoTestsAsError=true \
      || status=1
  done
  stop_postgres
  trap - EXIT
  summarise
  return $status
}

case "${1:-test}" in
  test) run_tests ;;
  build) build ;;
  *) echo "usage: $0 [test|build]" >&2; exit 2 ;;
esac
