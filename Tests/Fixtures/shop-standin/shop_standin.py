#!/usr/bin/env python3
"""A stand-in for a shop's REST API on 127.0.0.1, for Loyalty's tests of `loyalty sync`.

Written from the platforms' documentation, with made-up people:
- WooCommerce REST API v3 (https://woocommerce.github.io/woocommerce-rest-api-docs/):
  GET /wp-json/wc/v3/orders and /wp-json/wc/v3/customers, HTTP Basic auth with the consumer key and
  secret (401 `woocommerce_rest_cannot_view` otherwise), `page` / `per_page` (at most 100, else 400
  `rest_invalid_param`), `offset` (skips that many items, and then `page` is not used), `orderby=modified|date|id` and `order`, `modified_after` (strictly after; with
  `dates_are_gmt=true` compared with `date_modified_gmt`), answers with `X-WP-Total`,
  `X-WP-TotalPages` and a `Link` header.
- Shopify Admin REST API 2024-10 (https://shopify.dev/docs/api/admin-rest/2024-10/resources/order,
  .../usage/pagination-rest): GET /admin/api/2024-10/orders.json and customers.json, header
  `X-Shopify-Access-Token` (401 `[API] Invalid API key or access token` otherwise), `status=any`,
  customers.json, `updated_at_min` (inclusive), `limit` (at most 250), cursor paging by `page_info` given in the
  `Link: <…>; rel="next"` header; with `page_info` only `limit` and `fields` may be given (400).

Started by a test: `shop_standin.py woocommerce|shopify [--orders N] [--seed S] [--ties T]`; prints the port it
listens on, then serves until killed. The test steers it with POST requests to /_standin/…:
  /_standin/fail?status=429&times=2&retry_after=1   the next `times` API requests get `status`
  /_standin/revoke                                   the credentials stop working (401 from now on)
  /_standin/refund?order=N                           order N is refunded in part (and modified now)
  /_standin/cancel?order=N                           order N is cancelled (and modified now)
  /_standin/register                                 a new customer registers (made up, next in line)
and reads GET /_standin/requests: every API request seen, as JSON lines "METHOD PATH?QUERY",
GET /_standin/paid: how many orders are paid (not cancelled), and GET /_standin/served: how many
items the answers held in all, by path.
"""
import base64
import json
import random
import sys
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

WOO_KEY, WOO_SECRET = "ck_standin_0123456789abcdef", "cs_standin_fedcba9876543210"
SHOPIFY_TOKEN = "shpat_standin_00112233445566778899"
API = "/admin/api/2024-10"
PEOPLE = [("Zoë", "Ångström"), ("Noor", "Bakker"), ("Jules", "Moreau"), ("Tamar", "Levi"), ("Sem", "de Vries"),
          ("Élodie", "Martin"), ("Yael", "Cohen"), ("Daan", "Visser"), ("Inès", "Dubois"), ("Avi", "Mizrahi"),
          ("Lotte", "Smit"), ("Hugo", "Laurent"), ("Maya", "Peretz"), ("Finn", "Mulder"), ("Chloé", "Bernard")]
START = datetime(2026, 3, 1, 8, 0, 0, tzinfo=timezone.utc)

lock = threading.Lock()
state = {"fail": [], "revoked": False, "requests": [], "served": {}}


def woo_time(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def shopify_time(moment):
    return moment.astimezone(timezone(timedelta(hours=-4))).isoformat()


class Shop:
    """The orders and customers, generated from a seed: several orders share a second of
    modification (paging must not lose one), some are cancelled, some partly refunded; order 1 is
    always paid and untouched; the first `ties` orders were all changed in the same second."""

    def __init__(self, platform, count, seed, ties=0):
        self.platform = platform
        rng = random.Random(seed)
        self.customers = []
        for _ in PEOPLE:
            self.register()
        self.orders = []
        moment = START
        for number in range(1, count + 1):
            if number > ties:
                moment += timedelta(seconds=rng.choice([0, 0, 1, 7, 60]))  # ties on purpose
            person = rng.choice(self.customers)
            cents = rng.randrange(500, 20000)
            order = {"number": number, "person": person, "cents": cents, "created": moment, "modified": moment,
                     "status": "completed", "refunds": []}
            roll = rng.random() if number > 1 else rng.random() and 1.0  # order 1 is always simply paid: tests refund it
            if roll < 0.08:
                order["status"] = "cancelled"
            elif roll < 0.2:
                order["refunds"].append({"id": 9000 + number, "cents": cents // rng.choice([2, 3, 4]), "created": moment})
            self.orders.append(order)

    def register(self):
        """A customer registers: the next made-up person (names repeat after PEOPLE, e-mails do not)."""
        index = len(self.customers)
        first, last = PEOPLE[index % len(PEOPLE)]
        self.customers.append({"id": 100 + index, "first": first, "last": last, "email": f"customer{index + 1}@example.com",
                               "created": START - timedelta(days=30 - index), "modified": START - timedelta(days=10 - index % 7)})

    def touch(self, order):
        """Order changed now (the real clock: Shopify's syncs start from the shop's `Date`), and after every other change."""
        with lock:
            latest = max(o["modified"] for o in self.orders) + timedelta(seconds=1)
            order["modified"] = max(datetime.now(timezone.utc).replace(microsecond=0), latest)

    # WooCommerce's order object, as GET /wp-json/wc/v3/orders lists it (trimmed to the documented fields tests need).
    def woo_order(self, order):
        person, cents = order["person"], order["cents"]
        total = cents + 500
        return {
            "id": 1000 + order["number"], "parent_id": 0, "number": str(1000 + order["number"]), "order_key": f"wc_order_{order['number']}",
            "created_via": "checkout", "version": "8.9.1", "status": order["status"], "currency": "EUR",
            "date_created": woo_time(order["created"]), "date_created_gmt": woo_time(order["created"]),
            "date_modified": woo_time(order["modified"]), "date_modified_gmt": woo_time(order["modified"]),
            "discount_total": "0.00", "discount_tax": "0.00", "shipping_total": "5.00", "shipping_tax": "0.00", "cart_tax": "0.00",
            "total": f"{total // 100}.{total % 100:02d}", "total_tax": "0.00", "prices_include_tax": True, "customer_id": person["id"],
            "billing": {"first_name": person["first"], "last_name": person["last"], "company": "", "address_1": "Keizersgracht 1",
                        "city": "Amsterdam", "postcode": "1015 CJ", "country": "NL", "email": person["email"], "phone": ""},
            "payment_method": "ideal", "payment_method_title": "iDEAL", "transaction_id": f"tr_{order['number']}",
            "date_paid": woo_time(order["created"]), "date_paid_gmt": woo_time(order["created"]),
            "date_completed": woo_time(order["created"]), "date_completed_gmt": woo_time(order["created"]),
            "line_items": [{"id": order["number"] * 10, "name": "Koffiebonen 1 kg", "quantity": 1, "subtotal": f"{cents / 100:.2f}",
                            "total": f"{cents / 100:.2f}"}],
            "refunds": [{"id": r["id"], "reason": "", "total": f"-{r['cents'] // 100}.{r['cents'] % 100:02d}"} for r in order["refunds"]],
        }

    def woo_customer(self, person):
        return {"id": person["id"], "date_created": woo_time(person["created"]), "date_created_gmt": woo_time(person["created"]),
                "date_modified_gmt": woo_time(person["modified"]), "email": person["email"], "first_name": person["first"],
                "last_name": person["last"], "role": "customer", "username": person["email"].split("@")[0],
                "billing": {"first_name": person["first"], "last_name": person["last"], "email": person["email"], "phone": ""},
                "is_paying_customer": True}

    # Shopify's customer object, as GET /admin/api/2024-10/customers.json lists it (trimmed likewise).
    def shopify_customer(self, person):
        return {"id": 207119551 + person["id"], "email": person["email"], "created_at": shopify_time(person["created"]),
                "updated_at": shopify_time(person["modified"]), "first_name": person["first"], "last_name": person["last"],
                "orders_count": 1, "state": "enabled", "total_spent": "0.00", "note": None, "verified_email": True, "tax_exempt": False,
                "tags": "", "currency": "EUR", "phone": None,
                "email_marketing_consent": {"state": "subscribed" if person["id"] % 2 else "not_subscribed", "opt_in_level": "single_opt_in",
                                            "consent_updated_at": shopify_time(person["created"])},
                "default_address": {"first_name": person["first"], "last_name": person["last"], "city": "Amsterdam", "country": "Netherlands",
                                    "phone": None, "default": True}}

    # Shopify's order object, as GET /admin/api/2024-10/orders.json lists it (trimmed likewise).
    def shopify_order(self, order):
        person, cents = order["person"], order["cents"]
        total = cents + 500
        refunds = [{"id": r["id"], "created_at": shopify_time(r["created"]),
                    "transactions": [{"id": r["id"] * 10, "kind": "refund", "status": "success", "amount": f"{r['cents'] / 100:.2f}",
                                      "currency": "EUR"}]} for r in order["refunds"]]
        paid = order["status"] != "cancelled" and not order["refunds"]
        return {
            "id": 450789469 + order["number"], "name": f"#{1000 + order['number']}", "order_number": 1000 + order["number"],
            "email": person["email"], "contact_email": person["email"], "currency": "EUR",
            "created_at": shopify_time(order["created"]), "processed_at": shopify_time(order["created"]),
            "updated_at": shopify_time(order["modified"]),
            "cancelled_at": shopify_time(order["modified"]) if order["status"] == "cancelled" else None,
            "cancel_reason": "customer" if order["status"] == "cancelled" else None,
            "financial_status": "paid" if paid else ("voided" if order["status"] == "cancelled" else "partially_refunded"),
            "subtotal_price": f"{cents / 100:.2f}", "total_price": f"{total / 100:.2f}", "total_tax": "0.00",
            "billing_address": {"name": f"{person['first']} {person['last']}", "address1": "Keizersgracht 1", "city": "Amsterdam", "country": "Netherlands"},
            "customer": {"id": 207119551 + person["id"], "email": person["email"], "first_name": person["first"], "last_name": person["last"]},
            "line_items": [{"id": order["number"] * 10, "title": "Koffiebonen 1 kg", "quantity": 1, "price": f"{cents / 100:.2f}"}],
            "refunds": refunds,
        }


def main():
    platform = sys.argv[1]
    args = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    shop = Shop(platform, int(args.get("--orders", "40")), int(args.get("--seed", "1")), int(args.get("--ties", "0")))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def answer(self, status, body, headers=()):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            with lock:
                if url.path == "/_standin/fail":
                    state["fail"] += [(int(query["status"]), query.get("retry_after"))] * int(query.get("times", "1"))
                elif url.path == "/_standin/revoke":
                    state["revoked"] = True
                elif url.path == "/_standin/register":
                    shop.register()
                elif url.path in ("/_standin/refund", "/_standin/cancel"):
                    order = shop.orders[int(query["order"]) - 1]
                    if url.path.endswith("cancel"):
                        order["status"] = "cancelled"
                    else:
                        order["refunds"].append({"id": 9500 + order["number"], "cents": order["cents"] // 2, "created": order["modified"]})
                else:
                    return self.answer(404, {"code": "rest_no_route"})
            if url.path in ("/_standin/refund", "/_standin/cancel"):
                shop.touch(order)
            self.answer(200, {"ok": True})

        def do_GET(self):
            url = urlparse(self.path)
            if url.path == "/_standin/requests":
                with lock:
                    return self.answer(200, state["requests"])
            if url.path == "/_standin/served":
                with lock:
                    return self.answer(200, state["served"])
            if url.path == "/_standin/paid":
                with lock:
                    return self.answer(200, sum(1 for o in shop.orders if o["status"] != "cancelled"))
            with lock:
                state["requests"].append(f"GET {self.path}")
                failure = state["fail"].pop(0) if state["fail"] else None
                revoked = state["revoked"]
            if failure:
                status, retry_after = failure
                headers = [("Retry-After", retry_after)] if retry_after else []
                return self.answer(status, {"errors": "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."
                                            if status == 429 else "Internal Server Error"}, headers)
            query = parse_qs(url.query, keep_blank_values=True)
            if platform == "woocommerce":
                self.woocommerce(url.path, {k: v[0] for k, v in query.items()}, revoked)
            else:
                self.shopify(url.path, {k: v[0] for k, v in query.items()}, revoked)

        def woocommerce(self, path, query, revoked):
            expected = "Basic " + base64.b64encode(f"{WOO_KEY}:{WOO_SECRET}".encode()).decode()
            if revoked or self.headers.get("Authorization") != expected:
                return self.answer(401, {"code": "woocommerce_rest_cannot_view", "message": "Sorry, you cannot list resources.", "data": {"status": 401}})
            try:
                page, per_page, offset = int(query.get("page", "1")), int(query.get("per_page", "10")), int(query.get("offset", "0"))
            except ValueError:
                page, per_page, offset = 0, 0, -1
            if page < 1 or offset < 0 or not 1 <= per_page <= 100:
                return self.answer(400, {"code": "rest_invalid_param", "message": "Invalid parameter(s): per_page", "data": {"status": 400}})
            if path == "/wp-json/wc/v3/orders":
                with lock:
                    items = [(o["modified"], 1000 + o["number"], shop.woo_order(o)) for o in shop.orders]
                if "modified_after" in query:
                    if query.get("dates_are_gmt") != "true":
                        return self.answer(400, {"code": "standin_needs_gmt", "message": "this stand-in compares GMT dates only"})
                    after = datetime.strptime(query["modified_after"], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
                    items = [i for i in items if i[0] > after]
                if query.get("orderby", "date") != "modified":
                    return self.answer(400, {"code": "standin_orderby", "message": "this stand-in sorts by modified only"})
                items.sort(key=lambda i: (i[0], i[1]), reverse=query.get("order", "desc") == "desc")
            elif path == "/wp-json/wc/v3/customers":
                items = [(p["id"], p["id"], shop.woo_customer(p)) for p in shop.customers]
                items.sort(key=lambda i: i[0], reverse=query.get("order", "asc") == "desc")
            else:
                return self.answer(404, {"code": "rest_no_route", "message": "No route was found matching the URL and request method."})
            total = len(items)
            pages = (total + per_page - 1) // per_page
            start = offset if offset else (page - 1) * per_page
            shown = [i[2] for i in items[start: start + per_page]]
            with lock:
                state["served"][path] = state["served"].get(path, 0) + len(shown)
            base = f"http://127.0.0.1:{self.server.server_port}{path}"
            links = []
            if page > 1:
                links.append(f'<{base}?{urlencode({**query, "page": page - 1})}>; rel="prev"')
            if page < pages:
                links.append(f'<{base}?{urlencode({**query, "page": page + 1})}>; rel="next"')
            headers = [("X-WP-Total", str(total)), ("X-WP-TotalPages", str(pages))] + ([("Link", ", ".join(links))] if links else [])
            self.answer(200, shown, headers)

        def shopify(self, path, query, revoked):
            if revoked or self.headers.get("X-Shopify-Access-Token") != SHOPIFY_TOKEN:
                return self.answer(401, {"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"})
            resource = {f"{API}/orders.json": "orders", f"{API}/customers.json": "customers"}.get(path)
            if resource is None:
                return self.answer(404, {"errors": "Not Found"})
            if "page_info" in query:
                extra = set(query) - {"page_info", "limit", "fields"}
                if extra:
                    return self.answer(400, {"errors": {"page_info": [f"Only limit and fields may be given with page_info, not {sorted(extra)}"]}})
                try:
                    cursor = json.loads(base64.urlsafe_b64decode(query["page_info"]))
                except ValueError:
                    return self.answer(400, {"errors": {"page_info": ["Invalid value."]}})
                status, minimum, last_id = cursor["status"], cursor["updated_at_min"], cursor["last_id"]
            else:
                status, minimum, last_id = query.get("status", "open"), query.get("updated_at_min"), 0
            limit = int(query.get("limit", "50"))
            if not 1 <= limit <= 250:
                return self.answer(400, {"errors": {"limit": ["must be between 1 and 250"]}})
            with lock:
                if resource == "orders":
                    items = [shop.shopify_order(o) | {"_modified": o["modified"], "_status": o["status"]} for o in shop.orders]
                else:
                    items = [shop.shopify_customer(p) | {"_modified": p["modified"], "_status": "any"} for p in shop.customers]
            if status != "any" and resource == "orders":
                items = [o for o in items if (o["_status"] == "cancelled") == (status == "cancelled")]
            if minimum:
                floor = datetime.fromisoformat(minimum.replace("Z", "+00:00"))
                items = [o for o in items if o["_modified"] >= floor]
            items = sorted((o for o in items if o["id"] > last_id), key=lambda o: o["id"])
            shown = items[:limit]
            for item in shown:
                del item["_modified"], item["_status"]
            headers = []
            if len(items) > limit:
                page_info = base64.urlsafe_b64encode(json.dumps({"status": status, "updated_at_min": minimum, "last_id": shown[-1]["id"]}).encode()).decode()
                headers.append(("Link", f'<http://127.0.0.1:{self.server.server_port}{path}?limit={limit}&page_info={page_info}>; rel="next"'))
            headers.append(("X-Shopify-Shop-Api-Call-Limit", "1/40"))
            self.answer(200, {resource: shown}, headers)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
