#!/bin/sh
# A throwaway PostgreSQL for the cluster tests: `postgres.sh start <dir> <port> <password>` makes a fresh
# database cluster in <dir> (database and user "gateway") on 127.0.0.1:<port>; `postgres.sh stop <dir>`.
# PostgreSQL refuses to run as root, so as root it runs as the `postgres` user Debian's package creates.
set -eu
action=$1
dir=$2

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL's server is not installed: apt-get install postgresql (the cluster tests need it)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    port=$3
    password=$4
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    printf '%s\n' "$password" > "$dir/password"
    if [ "$(id -u)" = 0 ]; then
        chown -R postgres "$dir"
    fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U gateway --pwfile="$dir/password" --auth=scram-sha-256 -E UTF8 --no-locale >"$dir/initdb.log"
    rm -f "$dir/password"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
    PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U gateway -d postgres -c "CREATE DATABASE gateway" >/dev/null
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
*)
    echo "usage: postgres.sh start <dir> <port> <password> | stop <dir>" >&2
    exit 2
    ;;
esac
