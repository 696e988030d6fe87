#!/bin/sh
# The WildFly smoke server the build provisioned (pom.xml, wildfly-maven-plugin):
#   `wildfly.sh start` adds the dev users, puts both WARs in its deployments folder and runs it in the foreground
#   (the build runs this in the background, so that WildFly boots while the Liberty suites run; WildFlySmokeIT waits);
#   `wildfly.sh stop` shuts it down through its management port, and says nothing when it was not running.
# Settings come from the environment (the gateway's pom).
set -eu
: "${JBOSS_HOME:?}" "${MANAGEMENT_PORT:?}"

stop() {
    "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MANAGEMENT_PORT" --command=:shutdown >/dev/null 2>&1 || true
}

case "${1:-}" in
start)
    : "${PORT_OFFSET:?}" "${GATEWAY_WAR:?}" "${SIMULATOR_WAR:?}" "${ADMIN_USER:?}" "${ADMIN_PASSWORD:?}" "${CLIENT_USER:?}" "${CLIENT_PASSWORD:?}"
    stop # one left running by an interrupted build
    # Application users with their roles as groups, as an operator adds them (the dev values of liberty/bootstrap.properties).
    "$JBOSS_HOME/bin/add-user.sh" -a -s -u "$ADMIN_USER" -p "$ADMIN_PASSWORD" -g maiagent-admin
    "$JBOSS_HOME/bin/add-user.sh" -a -s -u "$CLIENT_USER" -p "$CLIENT_PASSWORD" -g maiagent-client
    deployments="$JBOSS_HOME/standalone/deployments"
    rm -f "$deployments"/*.war "$deployments"/*.war.*
    cp "$GATEWAY_WAR" "$deployments/maiagent.war"
    cp "$SIMULATOR_WAR" "$deployments/maiagent-simulator.war"
    JAVA_OPTS="-Xmx512m" exec "$JBOSS_HOME/bin/standalone.sh" "-Djboss.socket.binding.port-offset=$PORT_OFFSET"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: wildfly.sh start|stop" >&2
    exit 2
    ;;
esac
