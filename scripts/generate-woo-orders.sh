#!/bin/sh
# Writes N WooCommerce orders as JSON-lines (one order per line, as webhook deliveries are stored):
# N/5 distinct customers, every order paid ("completed"), every 20th with a partial refund.
#   scripts/generate-woo-orders.sh 1000000 > orders.jsonl
set -eu
n=${1:-1000}
awk -v n="$n" 'BEGIN {
    customers = int(n / 5); if (customers < 1) customers = 1
    for (i = 1; i <= n; i++) {
        c = (i * 7919) % customers
        items = 500 + (i * 37) % 20000          # 5.00 .. 204.99
        tax = int(items * 21 / 100); ship = (i % 3 == 0) ? 0 : 495
        total = items + tax + ship
        refunds = ""
        if (i % 20 == 0) refunds = sprintf("{\"id\":%d,\"reason\":\"Damaged\",\"total\":\"-%d.%02d\"}", 9000000 + i, int(total / 4 / 100), int(total / 4) % 100)
        printf "{\"id\":%d,\"parent_id\":0,\"number\":\"%d\",\"status\":\"completed\",\"currency\":\"EUR\",\"date_created\":\"2026-03-01T10:00:00\",\"date_paid\":\"2026-03-01T10:05:00\",\"discount_total\":\"0.00\",\"shipping_total\":\"%d.%02d\",\"total\":\"%d.%02d\",\"total_tax\":\"%d.%02d\",\"prices_include_tax\":false,\"billing\":{\"first_name\":\"Customer\",\"last_name\":\"N%d\",\"city\":\"Amsterdam\",\"country\":\"NL\",\"email\":\"customer%d@example.com\",\"phone\":\"\"},\"payment_method\":\"ideal\",\"line_items\":[{\"id\":%d,\"name\":\"Coffee beans\",\"product_id\":93,\"quantity\":1,\"subtotal\":\"%d.%02d\",\"total\":\"%d.%02d\",\"sku\":\"BEANS\"}],\"refunds\":[%s]}\n", \
            i, i, int(ship / 100), ship % 100, int(total / 100), total % 100, int(tax / 100), tax % 100, c, c, i * 10, int(items / 100), items % 100, int(items / 100), items % 100, refunds
    }
}'
