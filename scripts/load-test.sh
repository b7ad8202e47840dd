#!/usr/bin/env bash
# Load test of TescForce on PostgreSQL, in Release, on this machine (issue 10; results in docs/performance.md).
#   scripts/load-test.sh [--consultants N] [--companies N] [--import-rows N] [--concurrency N] [--warmup S]
#                        [--duration S] [--missions N] [--circuits N] [--circuit-args "…"] [--out FILE] [--no-build]
# Builds the web app (published, Release) and the benchmarks (Release); starts a throw-away PostgreSQL cluster (or uses
# the server of TESCFORCE_TEST_POSTGRES, where it creates and drops its own databases); seeds N consultants with the
# demo data generator (default 100,000 over 400 companies) and times it; times the CSV import of --import-rows
# consultants (files of at most 20,000 rows, one company each; default: as many as --consultants); starts the app in
# the Production environment on 127.0.0.1 and reads the match index's build time from its log; adds a client
# organisation with --missions open missions and a key for it (create-api-key); runs load-api (--concurrency workers,
# --warmup then --duration seconds); runs load-circuits when the benchmarks have it (--circuits N, default 1000, signed in
# as a member of that client, on its first mission; --circuit-args adds its other options, e.g. "--ramp 60 --hold 60").
# Writes every figure to --out (default docs/performance/results-<UTC date>.json) and prints a summary.
# A quick check: scripts/load-test.sh --consultants 10000 --duration 10
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

arguments="$*"
consultants=100000 companies="" import_rows="" concurrency=32 warmup=5 duration=30 missions=8 circuits=1000
circuit_args="" out="" build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --consultants) consultants=$2; shift 2 ;;
    --companies) companies=$2; shift 2 ;;
    --import-rows) import_rows=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --missions) missions=$2; shift 2 ;;
    --circuits) circuits=$2; shift 2 ;;
    --circuit-args) circuit_args=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
# About 250 consultants per company, as the demo data has them (10,000 over 40).
companies=${companies:-$(( consultants / 250 > 1 ? consultants / 250 : 2 ))}
import_rows=${import_rows:-$consultants}
out=${out:-docs/performance/results-$(date -u +%Y-%m-%d).json}

work=$(mktemp -d /tmp/tescforce-load.XXXXXX)
steps="$work/steps.jsonl"
: >"$steps"
log() { printf '\n==> %s\n' "$*"; }
now() { date +%s.%N; }
seconds_since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }
# One JSON object per step, gathered into the results file at the end.
record() { python3 -c 'import json, sys; print(json.dumps({"step": sys.argv[1], **json.loads(sys.argv[2])}))' "$1" "$2" >>"$steps"; }

# --- everything started here stops on exit ---
pg_dir="" pg_bin="" pg_user="" app_pid="" admin="" database=""
cleanup() {
  set +e
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null; fi
  if [ -n "$database" ] && [ -n "$admin" ] && [ -z "$pg_dir" ]; then
    psql_admin -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1
  fi
  if [ -n "$pg_dir" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_pg() { if [ -n "$pg_user" ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }
# libpq does not read Npgsql's "Host=…;Port=…" strings: psql gets the parts.
psql_admin() {
  python3 - "$admin" <<'PY' >"$work/pgenv"
import sys
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)
parts = {k.strip().lower(): v.strip() for k, v in parts.items()}
for key, var in (("host", "PGHOST"), ("port", "PGPORT"), ("username", "PGUSER"), ("password", "PGPASSWORD")):
    if key in parts: print(f"export {var}='{parts[key]}'")
PY
  ( . "$work/pgenv"; "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/psql" -X -q -d postgres "$@" )
}

start_postgres() {
  if [ -n "${TESCFORCE_TEST_POSTGRES:-}" ]; then
    log "PostgreSQL: the server of TESCFORCE_TEST_POSTGRES"
    admin=$TESCFORCE_TEST_POSTGRES
    return
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pg_bin" ] || { echo "no PostgreSQL server binaries: install postgresql or set TESCFORCE_TEST_POSTGRES" >&2; exit 3; }
  # PostgreSQL refuses to run as root.
  if [ "$(id -u)" -eq 0 ]; then pg_user=postgres; fi
  pg_dir=$(mktemp -d /tmp/tescforce-load-pg.XXXXXX)
  [ -n "$pg_user" ] && chown "$pg_user" "$pg_dir"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  log "PostgreSQL: starting $("$pg_bin/postgres" --version | awk '{print $3}') in $pg_dir on 127.0.0.1:$port"
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; exit 3; }
  # Durability off (fsync, synchronous_commit) as in build.sh: a throw-away cluster; the doc says so.
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=512MB" \
    start >/dev/null || { cat "$pg_dir/server.log"; exit 3; }
  admin="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
}

if [ "$build" = 1 ]; then
  log "build: publish src/TescForce.Web and build benchmarks/TescForce.Benchmarks (Release)"
  dotnet publish src/TescForce.Web -c Release -o "$work/web" -nologo -clp:ErrorsOnly
  dotnet build benchmarks/TescForce.Benchmarks -c Release -nologo -clp:ErrorsOnly
else
  log "build: skipped; publishing the existing Release build"
  dotnet publish src/TescForce.Web -c Release --no-build -o "$work/web" -nologo -clp:ErrorsOnly
fi
bench=(dotnet "$root/benchmarks/TescForce.Benchmarks/bin/Release/net10.0/TescForce.Benchmarks.dll")

start_postgres
database="tescforce_load_$(date -u +%Y%m%d%H%M%S)"
connection="$(python3 -c 'import sys; print(";".join(p for p in sys.argv[1].split(";") if p and not p.lower().startswith("database=")))' "$admin");Database=$database"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

log "seed: $consultants consultants over $companies companies (seed-demo, PostgreSQL)"
started=$(now)
TESCFORCE_TEST_POSTGRES=$admin "${bench[@]}" seed-demo --provider postgresql --database "$database" --companies "$companies" \
  --consultants "$consultants" --keep | tee "$work/seed.log"
seed_seconds=$(seconds_since "$started")
record seed "$(python3 - "$work/seed.log" "$seed_seconds" "$consultants" "$companies" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
value = lambda name: float(re.search(rf"{name}\s+([\d.]+) s", text).group(1))
skills = re.search(r"consultants, (\d+) skill lines", text)
print(json.dumps({"consultants": int(sys.argv[3]), "companies": int(sys.argv[4]), "wall_s": float(sys.argv[2]),
                  "migrations_s": value("migrations"), "taxonomy_s": value("taxonomy import"), "demo_data_s": value("demo data"),
                  "skill_lines": int(skills.group(1)) if skills else None}))
PY
)"

if [ "$import_rows" -gt 0 ]; then
  files=$(( (import_rows + 19999) / 20000 ))
  rows=$(( import_rows / files ))
  log "import: $files file(s) of $rows consultants (quick-import, PostgreSQL)"
  TESCFORCE_TEST_POSTGRES=$admin "${bench[@]}" quick-import --provider postgresql --rows "$rows" --files "$files" | tee "$work/import.log"
  record import "$(python3 - "$work/import.log" "$rows" "$files" <<'PY'
import json, re, sys
lines = open(sys.argv[1]).read().splitlines()
def runs(kind):
    found = [dict(p.split("=", 1) for p in l.split()[1:]) for l in lines if l.startswith(kind + " rows=")]
    return [{k: float(v) if k.endswith("_ms") else v for k, v in r.items() if k in ("dry_run_ms", "commit_ms", "total_ms", "process_cpu_ms", "load_avg")} for r in found]
imports, updates = runs("import"), runs("update")
print(json.dumps({"rows_per_file": int(sys.argv[2]), "files": int(sys.argv[3]), "rows": int(sys.argv[2]) * int(sys.argv[3]),
                  "import_s": round(sum(r["total_ms"] for r in imports) / 1000, 1), "update_s": round(sum(r["total_ms"] for r in updates) / 1000, 1),
                  "imports": imports, "updates": updates}))
PY
)"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port"
# Production, plain http on loopback: no https port, so no redirection; cookies not Secure-only so that the circuit
# load (signed-in users over http) works. The API's limit per key (600 calls a minute) is lifted: the run measures
# the server, not the limiter (which still runs on every call).
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=PostgreSql ConnectionStrings__TescForce="$connection"
export Api__RateLimitPermits=1000000000 Api__RateLimitWindowSeconds=60 Security__Session__SecureCookies=false
export App__BaseUrl="$url"

log "app: Production on $url"
started=$(now)
( cd "$work/web" && exec dotnet TescForce.Web.dll --urls "$url" ) >"$work/app.log" 2>&1 &
app_pid=$!
index_line=""
for _ in $(seq 1 600); do
  kill -0 "$app_pid" 2>/dev/null || { tail -n 40 "$work/app.log"; echo "the app stopped" >&2; exit 1; }
  index_line=$(grep -m1 'Match index loaded' "$work/app.log" || true)
  if [ -n "$index_line" ] && curl -fsS -o /dev/null "$url/health/ready"; then break; fi
  sleep 1
done
[ -n "$index_line" ] || { tail -n 40 "$work/app.log"; echo "no 'Match index loaded' line in 10 minutes" >&2; exit 1; }
ready_seconds=$(seconds_since "$started")
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status"; }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$app_pid/stat"; }
record index "$(python3 - "$index_line" "$ready_seconds" "$(rss_mb)" <<'PY'
import json, sys
event = json.loads(sys.argv[1])
print(json.dumps({"profiles": event.get("Consultants"), "skills": event.get("Skills"), "ms": round(event["Milliseconds"]) if "Milliseconds" in event else None,
                  "app_ready_s": float(sys.argv[2]), "app_rss_mb": int(sys.argv[3])}))
PY
)"
echo "$index_line"

has_circuits=0
grep -q '"load-circuits"' benchmarks/TescForce.Benchmarks/Program.cs && has_circuits=1
# The circuit load signs in as a member of the client (Production has no demo accounts): a throw-away user.
member=(--email load-client@tescforce.test --password "Load-$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')")
log "API: a client organisation with $missions missions and its key"
"${bench[@]}" load-setup --provider postgresql --connection "$connection" --missions "$missions" "${member[@]}" | tee "$work/setup.log"
client=$(sed -n 's/^load-setup client=\([^ ]*\).*/\1/p' "$work/setup.log")
first_mission=$(sed -n 's/^load-setup .* mission=\([^ ]*\).*/\1/p' "$work/setup.log")
TESCFORCE_API_KEY=$(cd "$work/web" && dotnet TescForce.Web.dll create-api-key --organisation "$client" --name "load test" | tail -n 1)
export TESCFORCE_API_KEY

# PostgreSQL's CPU (the postmaster, its reaped children and its live backends), when its data folder is readable here.
postmaster=""
data_dir=${pg_dir:+$pg_dir/data}
data_dir=${data_dir:-$(psql_admin -At -c 'SHOW data_directory' 2>/dev/null || true)}
[ -r "$data_dir/postmaster.pid" ] && postmaster=$(head -n 1 "$data_dir/postmaster.pid")
pg_cpu_s() {
  [ -n "$postmaster" ] || { echo null; return; }
  { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat"
    for child in $(ps -o pid= --ppid "$postmaster"); do awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null; done
  } | awk -v hz="$(getconf CLK_TCK)" '{ t += $1 } END { printf "%.1f", t / hz }'
}

log "API: load-api, one client for 10 s: the latency of a call without queueing"
if "${bench[@]}" load-api --url "$url" --concurrency 1 --warmup 2 --duration 10 --json "$work/single.jsonl"; then
  record api_single "$(python3 -c 'import json, sys; r = json.loads(open(sys.argv[1]).read().splitlines()[-1]); [r.pop(k) for k in ("mode", "url")]; print(json.dumps(r))' "$work/single.jsonl")"
fi

log "API: load-api, $concurrency workers, ${warmup} s warm-up, ${duration} s measured"
cpu_before=$(cpu_s)
pg_before=$(pg_cpu_s)
api_status=0
"${bench[@]}" load-api --url "$url" --concurrency "$concurrency" --warmup "$warmup" --duration "$duration" --json "$work/api.jsonl" || api_status=$?
cpu_after=$(cpu_s)
pg_after=$(pg_cpu_s)
[ -s "$work/api.jsonl" ] || { echo "load-api wrote no result" >&2; exit 1; }
record api "$(python3 - "$work/api.jsonl" "$cpu_before" "$cpu_after" "$(rss_mb)" "$api_status" "$pg_before" "$pg_after" <<'PY'
import json, sys
result = json.loads(open(sys.argv[1]).read().splitlines()[-1])
result.pop("mode", None)
result.pop("url", None)
# The server's CPU over the warm-up and the measured run: with the generator's, it says who used the two cores.
result.update({"server_cpu_s": round(float(sys.argv[3]) - float(sys.argv[2]), 1), "app_rss_mb": int(sys.argv[4]), "exit_code": int(sys.argv[5]),
               "postgres_cpu_s": None if sys.argv[6] == "null" else round(float(sys.argv[7]) - float(sys.argv[6]), 1)})
print(json.dumps(result))
PY
)"

if [ "$has_circuits" = 1 ]; then
  log "circuits: load-circuits, $circuits circuits"
  circuits_status=0
  # shellcheck disable=SC2086 # --circuit-args is a list of options
  "${bench[@]}" load-circuits --url "$url" --circuits "$circuits" "${member[@]}" --mission "$first_mission" --pid "$app_pid" \
    --json "$work/circuits.json" $circuit_args || circuits_status=$?
  if [ -s "$work/circuits.json" ]; then
    record circuits "$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); r = r if isinstance(r, dict) else {"report": r}; r["exit_code"] = int(sys.argv[2]); print(json.dumps(r))' "$work/circuits.json" "$circuits_status")"
  fi
else
  log "circuits: skipped (the benchmarks have no load-circuits mode)"
fi

kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
app_pid=""

mkdir -p "$(dirname "$out")"
python3 - "$steps" "$out" "$load_before" "$arguments" <<'PY'
import json, os, platform, re, subprocess, sys
def run(*command):
    try: return subprocess.run(command, capture_output=True, text=True, check=False).stdout.strip()
    except OSError: return None
def cpu_model():
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"): return line.split(":", 1)[1].strip()
def os_name():
    for line in open("/etc/os-release"):
        if line.startswith("PRETTY_NAME="): return line.split("=", 1)[1].strip().strip('"')
pg = run("sh", "-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1")
steps = {}
for line in open(sys.argv[1]):
    step = json.loads(line)
    steps[step.pop("step")] = step
results = {
    "date": subprocess.run(["date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], capture_output=True, text=True).stdout.strip(),
    "command": ("scripts/load-test.sh " + sys.argv[4]).strip(),
    "machine": {
        "cpus": os.cpu_count(), "cpu_model": cpu_model(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "os": os_name(), "kernel": platform.release(),
        "dotnet": run("dotnet", "--version"), "dotnet_runtime": (re.search(r"Microsoft.NETCore.App ([\d.]+)", run("dotnet", "--list-runtimes") or "") or [None, None])[1],
        "postgresql": run(pg + "/postgres", "--version") if pg else None,
        "load_average_before": sys.argv[3], "load_average_after": open("/proc/loadavg").read().split()[0:3],
    },
    **steps,
}
with open(sys.argv[2], "w") as f:
    json.dump(results, f, indent=2)
    f.write("\n")
PY

log "summary (written to $out; charts: scripts/performance-chart.py $out)"
python3 - "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s, i, a = r.get("seed", {}), r.get("index", {}), r.get("api", {})
print(f"seed      {s.get('consultants')} consultants in {s.get('wall_s')} s (demo data {s.get('demo_data_s')} s)")
if "import" in r:
    m = r["import"]
    print(f"import    {m['rows']} consultants in {m['files']} file(s): {m['import_s']} s (dry run + commit), update {m['update_s']} s")
print(f"index     {i.get('profiles')} profiles over {i.get('skills')} skills in {i.get('ms')} ms; app ready in {i.get('app_ready_s')} s, {i.get('app_rss_mb')} MB")
if "api_single" in r:
    o = r["api_single"]
    print(f"api       1 client: {o['rps']} req/s, p50 {o['p50_ms']} ms, p95 {o['p95_ms']} ms, p99 {o['p99_ms']} ms")
print(f"api       {a.get('concurrency')} clients: {a.get('rps')} req/s, p50 {a.get('p50_ms')} ms, p95 {a.get('p95_ms')} ms, p99 {a.get('p99_ms')} ms, "
      f"{a.get('errors')} errors; CPU seconds: app {a.get('server_cpu_s')}, PostgreSQL {a.get('postgres_cpu_s')}, generator {a.get('generator_cpu_s')}")
if "circuits" in r:
    print(f"circuits  {json.dumps(r['circuits'])}")
print(f"load      before {r['machine']['load_average_before']}, after {' '.join(r['machine']['load_average_after'])}")
PY
exit "$api_status"
