#!/usr/bin/env bash
# Runs every test suite of ServiceDesk against real servers.
# Installs what the tests need when it is missing (PostgreSQL, Dovecot with IMAP, POP3 and LMTP, and aiosmtpd, with
# apt), starts a private PostgreSQL on a loopback port for the duration of the run (the mail tests start their own
# Dovecot and SMTP server), builds the solution and runs all test projects. Prints "N passed, N failed".
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
work="$(mktemp -d /tmp/servicedesk-test.XXXXXX)"
chmod 755 "$work"
pg_port="${SERVICEDESK_TEST_PG_PORT:-55432}"

log() { printf '[test.sh] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

install_postgres() {
  if find_pg_bin >/dev/null; then return 0; fi
  log "installing PostgreSQL with apt"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
  find_pg_bin >/dev/null || { echo "PostgreSQL binaries not found after install" >&2; exit 1; }
}

# The email tests start private instances of these on loopback ports: Dovecot for IMAP and POP3 (and LMTP delivery),
# and Debian's aiosmtpd as the SMTP server that delivers into it.
install_mail_servers() {
  if [ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/imap ] && [ -x /usr/lib/dovecot/pop3 ] && [ -x /usr/lib/dovecot/lmtp ] \
    && /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then return 0; fi
  log "installing Dovecot and aiosmtpd with apt"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq dovecot-imapd dovecot-pop3d dovecot-lmtpd python3-aiosmtpd >/dev/null
  [ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/pop3 ] || { echo "Dovecot (with POP3) not found after install" >&2; exit 1; }
}

# initdb refuses to run as root, so the private cluster belongs to the postgres user when we are root.
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin; bin="$(find_pg_bin)"
  # Everything of the cluster lives in one folder that its owner can write.
  local pg="$work/pg"
  mkdir -p "$pg/data" "$pg/socket"
  echo "servicedesk" > "$pg/password"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$pg"; fi
  pg_run "$bin/initdb" -D "$pg/data" -U postgres --pwfile="$pg/password" --auth-host=scram-sha-256 --auth-local=trust \
    -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
  pg_run "$bin/pg_ctl" -D "$pg/data" -l "$pg/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg/socket -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null \
    || { cat "$pg/postgres.log" >&2; exit 1; }
  PG_BIN="$bin"
  export SERVICEDESK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=servicedesk;Database=postgres"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
}

stop_postgres() {
  if [ -n "${PG_BIN:-}" ]; then pg_run "$PG_BIN/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap stop_postgres EXIT

command -v dotnet >/dev/null || { echo "The .NET 10 SDK (dotnet) is required." >&2; exit 1; }
install_postgres
install_mail_servers
start_postgres

log "building"
dotnet build ServiceDesk.sln -c Debug -warnaserror -nologo -v quiet

log "running tests"
status=0
dotnet test ServiceDesk.sln -c Debug --no-build --nologo 2>&1 | tee "$work/test.log" || status=$?

# One plain closing line for the whole run, summed over the test projects.
sum() { grep -Eo "$1: +[0-9]+" "$work/test.log" | awk '{s += $2} END {print s + 0}'; }
passed="$(sum Passed)"; failed="$(sum Failed)"; skipped="$(sum Skipped)"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
