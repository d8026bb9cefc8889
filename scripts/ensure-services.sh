#!/bin/sh
# Make sure PostgreSQL (127.0.0.1:5432) and Redis (6379) run; start them if installed but stopped.
# Prints "postgres=ok|missing redis=ok|missing" on its last line.
set -u
pg=missing
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then pg=ok
elif [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "gongkai: starting PostgreSQL" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start >&2 2>&1 || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && { pg=ok; break; }
    sleep 1
  done
fi
redis=missing
if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then redis=ok
elif command -v redis-server >/dev/null 2>&1; then
  echo "gongkai: starting Redis" >&2
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/gongkai.log >&2 2>&1 || true
  sleep 1
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && redis=ok
fi
echo "postgres=$pg redis=$redis"
