# Sourced by backup.sh and restore.sh: finds a PostgreSQL client tool on the PATH or in Debian's versioned folders.
#   pg_tool NAME   prints the tool's path; exits 3 with a message when it is missing.
pg_tool() {
  if command -v "$1" >/dev/null; then command -v "$1"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || { echo "$(basename "$0"): $1 not found (install the PostgreSQL client tools)" >&2; exit 3; }
  echo "$found"
}
