#!/usr/bin/env bash
# Backs up the TescForce PostgreSQL database into one compressed, self-contained file (pg_dump's custom format).
#   scripts/backup.sh OUTPUT_FILE [CONNECTION]
# CONNECTION is a libpq connection string or URI (postgresql://user@host:5432/tescforce); without it, the PG* environment
# variables apply (PGHOST, PGPORT, PGUSER, PGDATABASE; the password in PGPASSWORD or ~/.pgpass, never on the command line).
# The file is written beside its final name and renamed only once pg_restore can read its table of contents, so a
# failed or interrupted backup never replaces a good one. Exit code 0 only when the backup is complete.
set -euo pipefail

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
output=$1
connection=${2:-}

. "$(dirname "$0")/pg-tools.sh"
pg_dump=$(pg_tool pg_dump)
pg_restore=$(pg_tool pg_restore)

partial="$output.partial"
trap 'rm -f "$partial"' EXIT
args=(--format=custom --compress=6 --no-owner --no-privileges --file "$partial")
if [ -n "$connection" ]; then args+=(--dbname "$connection"); fi
"$pg_dump" "${args[@]}"
"$pg_restore" --list "$partial" >/dev/null
mv -f "$partial" "$output"
trap - EXIT
echo "backup: $(du -h "$output" | cut -f1) written to $output"
