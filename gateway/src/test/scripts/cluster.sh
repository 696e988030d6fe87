#!/bin/sh
# The two-node test cluster:
#   `cluster.sh start` starts PostgreSQL, then nodes A and B (two Open Liberty servers of one install, on the same
#   WARs and database) at the same moment, and waits until both are ready. The build runs it in the background at
#   the lowest CPU priority, so that the cluster boots while the Liberty suites run; TwoNodesIT waits for it.
#   `cluster.sh stop` stops them all, both nodes at once; a start still under way sees it and stops too.
#   `cluster.sh stop-in-background` does the same behind the caller's back (the build stops its other servers
#   meanwhile), and `cluster.sh await-stopped` waits for it to be done.
# Settings come from the environment (the gateway's pom, bench/cluster).
set -eu
: "${WLP:?}" "${CLUSTER_DIR:?}" "${DEV_CONFIG:?}" "${GATEWAY_WAR:?}" "${SIMULATOR_WAR:?}" "${JDBC_DRIVER:?}"
: "${NODE_A_PORT:?}" "${NODE_B_PORT:?}" "${DB_PORT:?}"
here=$(cd "$(dirname "$0")" && pwd)
pg_dir=${TMPDIR:-/tmp}/maiagent-cluster-postgres-$DB_PORT
stop_requested="$CLUSTER_DIR/stop-requested"

node_dir() { echo "$WLP/usr/servers/node$1"; }

create_node() { # name http-port
    dir=$(node_dir "$1")
    rm -rf "$dir"
    mkdir -p "$dir/apps" "$dir/jdbc"
    cp "$here/../cluster/node-server.xml" "$dir/server.xml"
    cp "$DEV_CONFIG/gateway.xml" "$DEV_CONFIG/jvm.options" "$dir/"
    # Options of the nodes' JVMs besides the dev server's (the build's: see the gateway's pom).
    for option in ${NODE_JVM_OPTIONS:-}; do
        echo "$option" >> "$dir/jvm.options"
    done
    # Tracing as the test server has it (OTEL_* variables), each node under its own service name.
    if [ -n "${NODE_SERVER_ENV:-}" ] && [ -f "$NODE_SERVER_ENV" ]; then
        grep -v '^OTEL_SERVICE_NAME=' "$NODE_SERVER_ENV" > "$dir/server.env"
        echo "OTEL_SERVICE_NAME=maiagent-gateway-node$1" >> "$dir/server.env"
    fi
    cp "$GATEWAY_WAR" "$dir/apps/maiagent.war"
    if [ "$1" = B ]; then
        cp "$SIMULATOR_WAR" "$dir/apps/maiagent-simulator.war"
        cat > "$dir/simulator.xml" <<'XML'
<server>
    <webApplication id="maiagent-simulator" name="maiagent-simulator" location="maiagent-simulator.war" contextRoot="/maiagent-simulator"/>
</server>
XML
    fi
    # Named as an operator's copy would be: Liberty's postgresql*.jar fileset skips "postgresql.jar".
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

stop_node() { # name
    if [ -d "$(node_dir "$1")" ]; then
        "$WLP/bin/server" stop "node$1" >/dev/null || true
    fi
}

stop_all() {
    stop_node A &
    a=$!
    stop_node B &
    b=$!
    wait $a $b || true
    "$here/postgres.sh" stop "$pg_dir" || true
}

# A stop that came while this start was under way (tests that ended early): undo what is started, and go no further.
give_up_if_stopped() {
    if [ -e "$stop_requested" ]; then
        echo "the build asked the cluster to stop before it was up: stopping what was started"
        stop_all
        exit 0
    fi
}

wait_ready() { # http-port
    deadline=$(($(date +%s) + 180))
    until curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready"; do
        give_up_if_stopped
        if [ "$(date +%s)" -gt "$deadline" ]; then
            echo "node on port $1 not ready after 180 s" >&2
            return 1
        fi
        sleep 1
    done
}

case "${1:-}" in
start)
    # A start that fails half-way leaves nothing running.
    trap 'if [ $? -ne 0 ]; then stop_all; fi' EXIT
    mkdir -p "$CLUSTER_DIR"
    rm -f "$stop_requested"
    stop_all # one left running by an interrupted build
    DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    "$here/postgres.sh" start "$pg_dir" "$DB_PORT" "$DB_PASSWORD"
    printf 'db.password=%s\n' "$DB_PASSWORD" > "$CLUSTER_DIR/database.properties"
    give_up_if_stopped
    create_node A "$NODE_A_PORT"
    create_node B "$NODE_B_PORT"
    # Together, as a rolling deployment would not: the schema must still be migrated once.
    "$WLP/bin/server" start nodeA >/dev/null &
    a=$!
    "$WLP/bin/server" start nodeB >/dev/null &
    b=$!
    wait $a
    wait $b
    give_up_if_stopped
    wait_ready "$NODE_A_PORT"
    wait_ready "$NODE_B_PORT"
    echo "cluster up: node A on $NODE_A_PORT, node B on $NODE_B_PORT, PostgreSQL on $DB_PORT"
    ;;
stop)
    mkdir -p "$CLUSTER_DIR"
    touch "$stop_requested"
    stop_all
    ;;
stop-in-background)
    mkdir -p "$CLUSTER_DIR"
    touch "$stop_requested"
    rm -f "$CLUSTER_DIR/stopped"
    (stop_all; touch "$CLUSTER_DIR/stopped") > "$CLUSTER_DIR/stop.log" 2>&1 &
    ;;
await-stopped)
    deadline=$(($(date +%s) + 120))
    until [ -e "$CLUSTER_DIR/stopped" ]; do
        if [ "$(date +%s)" -gt "$deadline" ]; then
            echo "the cluster did not stop within 120 s; see $CLUSTER_DIR/stop.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    ;;
*)
    echo "usage: cluster.sh start|stop|stop-in-background|await-stopped" >&2
    exit 2
    ;;
esac
