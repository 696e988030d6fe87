#!/bin/sh
# The two-node test cluster: `cluster.sh start` starts PostgreSQL, then nodes A and B (two Open Liberty
# servers on the same WARs and database) at the same moment, and waits until both are ready;
# `cluster.sh stop` stops them all. Settings come from the environment (the cluster module's pom).
set -eu
: "${WLP:?}" "${CLUSTER_DIR:?}" "${DEV_CONFIG:?}" "${GATEWAY_WAR:?}" "${SIMULATOR_WAR:?}" "${JDBC_DRIVER:?}"
: "${NODE_A_PORT:?}" "${NODE_B_PORT:?}" "${DB_PORT:?}"
here=$(cd "$(dirname "$0")" && pwd)
pg_dir=${TMPDIR:-/tmp}/maiagent-cluster-postgres-$DB_PORT

node_dir() { echo "$WLP/usr/servers/node$1"; }

create_node() { # name http-port
    dir=$(node_dir "$1")
    rm -rf "$dir"
    mkdir -p "$dir/apps" "$dir/jdbc"
    cp "$here/../liberty/node-server.xml" "$dir/server.xml"
    cp "$DEV_CONFIG/gateway.xml" "$DEV_CONFIG/jvm.options" "$dir/"
    cp "$GATEWAY_WAR" "$dir/apps/maiagent.war"
    cp "$SIMULATOR_WAR" "$dir/apps/maiagent-simulator.war"
    cp "$JDBC_DRIVER" "$dir/jdbc/"
    {
        cat "$DEV_CONFIG/bootstrap.properties"
        echo "http.port=$2"
        echo "https.port=$(($2 + 1000))"
        echo "simulator.http.port=$NODE_B_PORT"
        echo "db.port=$DB_PORT"
        echo "db.password=$DB_PASSWORD"
    } > "$dir/bootstrap.properties"
}

wait_ready() { # http-port
    deadline=$(($(date +%s) + 180))
    until curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready"; do
        if [ "$(date +%s)" -gt "$deadline" ]; then
            echo "node on port $1 not ready after 180 s" >&2
            return 1
        fi
        sleep 1
    done
}

stop_all() {
    for node in A B; do
        if [ -d "$(node_dir $node)" ]; then
            "$WLP/bin/server" stop "node$node" >/dev/null || true
        fi
    done
    "$here/postgres.sh" stop "$pg_dir" || true
}

case "${1:-}" in
start)
    # A start that fails half-way leaves nothing running (the build skips the stop after a failed start).
    trap 'if [ $? -ne 0 ]; then stop_all; fi' EXIT
    DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    mkdir -p "$CLUSTER_DIR"
    "$here/postgres.sh" start "$pg_dir" "$DB_PORT" "$DB_PASSWORD"
    printf 'db.password=%s\n' "$DB_PASSWORD" > "$CLUSTER_DIR/database.properties"
    create_node A "$NODE_A_PORT"
    create_node B "$NODE_B_PORT"
    # Together, as a rolling deployment would not: the schema must still be migrated once.
    "$WLP/bin/server" start nodeA >/dev/null &
    a=$!
    "$WLP/bin/server" start nodeB >/dev/null &
    b=$!
    wait $a
    wait $b
    wait_ready "$NODE_A_PORT"
    wait_ready "$NODE_B_PORT"
    echo "cluster up: node A on $NODE_A_PORT, node B on $NODE_B_PORT, PostgreSQL on $DB_PORT"
    ;;
stop)
    stop_all
    ;;
*)
    echo "usage: cluster.sh start|stop" >&2
    exit 2
    ;;
esac
