#!/bin/sh
# Start the local PostgreSQL cluster when nothing listens on 127.0.0.1:5432.
# Exits non-zero (with a message) when it cannot be started, so tests fail clearly.
set -eu
up() {
    python3 -c 'import socket,sys; s=socket.socket(); s.settimeout(1); sys.exit(s.connect_ex(("127.0.0.1",5432)))'
}
if up; then
    exit 0
fi
if [ ! -d /etc/postgresql ] || [ -z "$(ls /etc/postgresql)" ]; then
    echo "ensure-postgres: no PostgreSQL cluster under /etc/postgresql" >&2
    exit 1
fi
for v in $(ls /etc/postgresql); do
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
echo "ensure-postgres: PostgreSQL did not come up on 127.0.0.1:5432" >&2
exit 1
