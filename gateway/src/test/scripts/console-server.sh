#!/bin/sh
# The console test server: a second Liberty server of the same install, configured as the test server is (the same
# files, the same WARs), on ports of its own, with its own simulator and database. The browser suites call it while
# the API suites call the test server, so that a fault one suite arms at its simulator, or a bulkhead it fills,
# cannot reach the other. Tracing is off on it: no browser suite reads a span, and exporting them costs CPU the two
# suites share.
#   `console-server.sh start` makes it from the test server's configuration, then starts it (the build runs this in
#   the background; the browser suites wait for it to answer). The build stops it with `server stop consoleServer`.
# Settings come from the environment (the gateway's pom).
set -eu
: "${WLP:?}" "${TEST_SERVER:?}" "${CONSOLE_SERVER:?}" "${HTTP_PORT:?}" "${HTTPS_PORT:?}" "${SMTP_PORT:?}"
from="$WLP/usr/servers/$TEST_SERVER"
dir="$WLP/usr/servers/$CONSOLE_SERVER"

case "${1:-}" in
start)
    rm -rf "$dir"
    mkdir -p "$dir/tmp"
    # Its configuration only: not the test server's logs, work area or database, which it is writing meanwhile.
    cp -R "$from/server.xml" "$from/gateway.xml" "$from/jvm.options" "$from/configDropins" "$from/apps" "$from/jdbc" "$dir/"
    {
        cat "$from/bootstrap.properties"
        echo "test.http.port=$HTTP_PORT"
        echo "test.https.port=$HTTPS_PORT"
        # No SMTP server listens there: alerts this server raises must not reach the mailbox AlertsIT reads.
        echo "test.smtp.port=$SMTP_PORT"
    } > "$dir/bootstrap.properties"
    grep -v '^OTEL_' "$from/server.env" > "$dir/server.env" || true
    echo "OTEL_SDK_DISABLED=true" >> "$dir/server.env"
    exec "$WLP/bin/server" start "$CONSOLE_SERVER"
    ;;
*)
    echo "usage: console-server.sh start" >&2
    exit 2
    ;;
esac
