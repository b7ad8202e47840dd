#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a database, in one transaction: all of it or nothing.
#   scripts/restore.sh BACKUP_FILE [CONNECTION] [--replace]
# CONNECTION as for backup.sh (PG* variables otherwise). The target database must exist. Without --replace it must hold
# no TescForce tables, so that a restore never mixes two databases; with --replace the tables the backup holds are
# dropped and recreated. Stop the app (or every instance) before restoring, then start it: migrations apply if the
# backup is older than the app.
set -euo pipefail

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
replace=false
positional=()
for arg in "$@"; do
  case "$arg" in
    --replace) replace=true ;;
    -*) usage ;;
    *) positional+=("$arg") ;;
  esac
done
[ ${#positional[@]} -ge 1 ] && [ ${#positional[@]} -le 2 ] || usage
backup=${positional[0]}
connection=${positional[1]:-}
[ -r "$backup" ] || { echo "restore: cannot read $backup" >&2; exit 2; }

. "$(dirname "$0")/pg-tools.sh"
pg_restore=$(pg_tool pg_restore)
psql=$(pg_tool psql)

# pg_restore without a target prints SQL instead of restoring: always name the database.
target=${connection:-${PGDATABASE:-}}
[ -n "$target" ] || { echo "restore: give the target database (CONNECTION or PGDATABASE)" >&2; exit 2; }
db_args=(--dbname "$target")

"$pg_restore" --list "$backup" >/dev/null || { echo "restore: $backup is not a pg_dump custom-format backup" >&2; exit 2; }
existing=$("$psql" "${db_args[@]}" -XAtq -v ON_ERROR_STOP=1 \
  -c "select count(*) from pg_tables where schemaname = 'public' and tablename = '__EFMigrationsHistory'")
if [ "$existing" != "0" ] && [ "$replace" != true ]; then
  echo "restore: the target database already holds TescForce tables; add --replace to overwrite them" >&2
  exit 4
fi

restore_args=(--no-owner --no-privileges --single-transaction --exit-on-error)
if [ "$replace" = true ]; then restore_args+=(--clean --if-exists); fi
"$pg_restore" "${restore_args[@]}" "${db_args[@]}" "$backup"
echo "restore: $backup restored"
