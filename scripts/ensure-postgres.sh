#!/bin/sh
# Start the local PostgreSQL cluster when nothing listens on 127.0.0.1:5432.
# Exits non-zero (with a message) when it cannot be started, so tests fail clearly.
# KHABAR_PG_PORT and KHABAR_PG_CONF (default 5432, /etc/postgresql) exist for testing this script.
set -eu
PORT="${KHABAR_PG_PORT:-5432}"
CONF="${KHABAR_PG_CONF:-/etc/postgresql}"
up() {
    python3 -c 'import socket,sys; s=socket.socket(); s.settimeout(1); sys.exit(s.connect_ex(("127.0.0.1",int(sys.argv[1]))))' "$PORT"
}
if up; then
    exit 0
fi
if [ ! -d "$CONF" ] || [ -z "$(ls "$CONF")" ]; then
    echo "ensure-postgres: nothing listens on 127.0.0.1:$PORT and there is no PostgreSQL cluster under $CONF to start" >&2
    exit 1
fi
for v in $(ls "$CONF"); do
    pg_ctlcluster --skip-systemctl-redirect "$v" main start || true
done
i=0
while [ $i -lt 30 ]; do
    if up; then
        exit 0
    fi
    sleep 0.5
    i=$((i + 1))
done
echo "ensure-postgres: PostgreSQL did not come up on 127.0.0.1:$PORT (tried pg_ctlcluster ... main start)" >&2
exit 1
