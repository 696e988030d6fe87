#!/bin/sh
# The WildFly smoke server:
#   `wildfly.sh start` provisions it (src/test/wildfly-provisioning/pom.xml, a Maven run of its own), adds the dev
#   users, puts both WARs in its deployments folder and runs it in the foreground. The build runs this in the
#   background, so that WildFly is provisioned and boots while the Liberty suites run; WildFlySmokeIT waits for it.
#   `wildfly.sh stop` shuts it down through its management port, and says nothing when it was not running.
# Settings come from the environment (the gateway's pom).
set -eu
: "${JBOSS_HOME:?}" "${MANAGEMENT_PORT:?}"

# Left by a stop that came while the start was still provisioning (tests that ended early): the start then does not boot.
stop_requested="$JBOSS_HOME.stop-requested"

stop() {
    [ -x "$JBOSS_HOME/bin/jboss-cli.sh" ] || return 0
    "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MANAGEMENT_PORT" --command=:shutdown >/dev/null 2>&1 || true
}

case "${1:-}" in
start)
    : "${PORT_OFFSET:?}" "${GATEWAY_WAR:?}" "${SIMULATOR_WAR:?}" "${ADMIN_USER:?}" "${ADMIN_PASSWORD:?}" "${CLIENT_USER:?}" "${CLIENT_PASSWORD:?}"
    : "${MVN:?}" "${MAVEN_REPOSITORY:?}" "${PROVISIONING_POM:?}" "${WILDFLY_VERSION:?}" "${WILDFLY_PLUGIN_VERSION:?}" "${WILDFLY_SMOKE_DIR:?}" "${GATEWAY_CLI:?}"
    stop # one left running by an interrupted build
    rm -f "$stop_requested"
    "$MVN" -B -ntp -f "$PROVISIONING_POM" package "-Dmaven.repo.local=$MAVEN_REPOSITORY" \
        "-Dwildfly.version=$WILDFLY_VERSION" "-Dwildfly-maven-plugin.version=$WILDFLY_PLUGIN_VERSION" \
        "-Dwildfly.home=$JBOSS_HOME" "-Dwildfly.smoke.dir=$WILDFLY_SMOKE_DIR" "-Dgateway.cli=$GATEWAY_CLI"
    # Application users with their roles as groups, as an operator adds them (the dev values of liberty/bootstrap.properties).
    "$JBOSS_HOME/bin/add-user.sh" -a -s -u "$ADMIN_USER" -p "$ADMIN_PASSWORD" -g maiagent-admin
    "$JBOSS_HOME/bin/add-user.sh" -a -s -u "$CLIENT_USER" -p "$CLIENT_PASSWORD" -g maiagent-client
    deployments="$JBOSS_HOME/standalone/deployments"
    rm -f "$deployments"/*.war "$deployments"/*.war.*
    cp "$GATEWAY_WAR" "$deployments/maiagent.war"
    cp "$SIMULATOR_WAR" "$deployments/maiagent-simulator.war"
    if [ -e "$stop_requested" ]; then
        echo "the build asked WildFly to stop before it had started: not starting it"
        exit 0
    fi
    JAVA_OPTS="-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" exec "$JBOSS_HOME/bin/standalone.sh" "-Djboss.socket.binding.port-offset=$PORT_OFFSET"
    ;;
stop)
    touch "$stop_requested"
    stop
    ;;
*)
    echo "usage: wildfly.sh start|stop" >&2
    exit 2
    ;;
esac
