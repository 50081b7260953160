#!/bin/sh
# Import throughput: `loyalty import woocommerce` of N generated orders (JSON-lines) in a release build,
# next to a raw sqlite3 bulk insert (.import of a CSV with the same N rows into a similar table).
#   scripts/measure-import.sh [N]        (default 1000000)
set -eu
n=${1:-1000000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
swift build -c release --product loyalty >/dev/null
loyalty="$root/.build/release/loyalty"

echo "generating $n WooCommerce orders…"
scripts/generate-woo-orders.sh "$n" > "$work/orders.jsonl"
# The same rows, flattened, for sqlite3: ref, email, name, paid (cents), earned, created_at.
awk -v n="$n" 'BEGIN { customers = int(n / 5); if (customers < 1) customers = 1
    for (i = 1; i <= n; i++) { c = (i * 7919) % customers; items = 500 + (i * 37) % 20000
        printf "woo:%d,customer%d@example.com,Customer N%d,%d,%d,1772359500\n", i, c, c, items, int(items / 100) * 10 } }' > "$work/orders.csv"

export LOYALTY_DB="$work/loyalty.db"
"$loyalty" init --name "Measure" >/dev/null
"$loyalty" rule add order --points 10 --per 1 >/dev/null
"$loyalty" reward add --name "5 off" --cost 100 --amount-off 5 >/dev/null
"$loyalty" program launch >/dev/null

start=$(date +%s.%N)
"$loyalty" import woocommerce "$work/orders.jsonl" --json > "$work/summary.json"
end=$(date +%s.%N)
loyalty_s=$(echo "$end - $start" | bc -l)

sqlite3 "$work/raw.db" "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE orders(ref TEXT PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, paid INTEGER NOT NULL, earned INTEGER NOT NULL, created_at INTEGER NOT NULL) STRICT, WITHOUT ROWID;" >/dev/null
start=$(date +%s.%N)
sqlite3 "$work/raw.db" ".mode csv" ".import $work/orders.csv orders"
end=$(date +%s.%N)
sqlite_s=$(echo "$end - $start" | bc -l)
rows=$(sqlite3 "$work/raw.db" "SELECT count(*) FROM orders")

echo "summary: $(cat "$work/summary.json")"
printf 'loyalty import woocommerce: %d orders in %.2f s = %.0f orders/s\n' "$n" "$loyalty_s" "$(echo "$n / $loyalty_s" | bc -l)"
printf 'sqlite3 .import (raw rows): %d rows   in %.2f s = %.0f rows/s\n' "$rows" "$sqlite_s" "$(echo "$rows / $sqlite_s" | bc -l)"
printf 'ratio: sqlite3 is %.1fx faster\n' "$(echo "$loyalty_s / $sqlite_s" | bc -l)"
# `loyalty check` replays the whole ledger (minutes at 1,000,000 orders); MEASURE_CHECK=1 runs it.
if [ "${MEASURE_CHECK:-0}" = 1 ]; then "$loyalty" check; fi
