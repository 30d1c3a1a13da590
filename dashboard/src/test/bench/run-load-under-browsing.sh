#!/usr/bin/env bash
# Bench of docs/dashboard.md (读者与导入): starts the built jar over a fresh demo warehouse, then runs
# LoadUnderBrowsing.java. Usage: run-load-under-browsing.sh WORKDIR PORT [extra server properties]
# e.g. --doudi.cache.enabled=false for the figures without the answer cache.
set -euo pipefail
work=${1:?WORKDIR}; port=${2:?PORT}; shift 2
jar=$(cd "$(dirname "$0")/../../.." && pwd)/target/doudi.jar
rows=${ROWS:-1000000}; browse=${BROWSE_SECONDS:-30}; max=${MAX_SECONDS:-300}
rm -rf "$work/instance"; mkdir -p "$work/instance"
db="$work/instance/doudi.duckdb"
pw=Bench2024pass
echo "$pw" | java -jar "$jar" user add benchleader --role leader --db "$db" >/dev/null
echo "$pw" | java -jar "$jar" user add benchadmin --role admin --db "$db" >/dev/null
java -Xmx1g -jar "$jar" --doudi.warehouse.path="$db" --server.port="$port" --doudi.demo=true \
  --doudi.backup.cron=- --spring.servlet.multipart.max-file-size=1GB \
  --spring.servlet.multipart.max-request-size=1GB "$@" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -s -o /dev/null "http://localhost:$port/login" && break
  sleep 1
done
java "$(dirname "$0")/LoadUnderBrowsing.java" "http://localhost:$port" benchleader benchadmin "$pw" \
  "$work" "$rows" "$browse" "$max"
