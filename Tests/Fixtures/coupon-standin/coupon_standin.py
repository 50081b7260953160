#!/usr/bin/env python3
"""A stand-in for a shop's coupon API on 127.0.0.1, for Loyalty's tests of the coupons `loyalty sync`
pushes. Written from the platforms' documentation:
- WooCommerce REST API v3 (woocommerce.github.io/woocommerce-rest-api-docs, Coupons): HTTP Basic auth
  with the consumer key and secret (401 otherwise); POST /wp-json/wc/v3/coupons/batch with `create`
  (coupon objects; at most 100 items in all, else 413) and `delete` (ids): answers each item in
  order, a failed one as {"id": …, "error": {"code", "message", "data": {"status"}}} —
  `woocommerce_rest_coupon_code_already_exists` for a code already used (codes are kept in lower
  case), `woocommerce_rest_shop_coupon_invalid_id` (404) for an unknown id; GET
  /wp-json/wc/v3/coupons?code=CODE lists the coupons with that code.
- Shopify Admin REST API 2024-10 (PriceRule, DiscountCode, Customer, Product): header
  X-Shopify-Access-Token (401 otherwise); POST …/price_rules.json (201; 422 when a required field is
  missing, when customer_selection "prerequisite" names no customer or one the shop does not have,
  when target_selection "entitled" names no product, variant or collection or one the shop does not
  have, when a shipping_line rule is not allocated "each", or when the value is not a negative
  number), GET …/price_rules.json (starts_at_min, starts_at_max, limit), POST
  …/price_rules/{id}/discount_codes.json (201; 422 when the code exists), GET
  …/discount_codes/lookup.json?code=CODE (303 to the code's address; 404), DELETE
  …/price_rules/{id}.json (204; 404), GET …/customers/search.json?query=email:ADDRESS, GET
  …/products.json (fields, limit; cursor paging by `page_info` in the `Link: rel="next"` header).
  The shop has the made-up customers of CUSTOMERS and the products of PRODUCTS.
Orders and customers are answered as empty lists, so that `loyalty sync` reads nothing new.

Started by a test: `coupon_standin.py woocommerce|shopify`; prints its port, serves until killed.
Steered with POST /_standin/fail?status=500&times=1&path=P (the next `times` API requests whose path
starts with P get `status`) and
POST /_standin/drop?times=1&path=P (the next `times` coupon creations are done, but the connection is
closed before the answer: the shop did it and the caller never heard; with `path`, the next POSTs to
exactly that path instead, e.g. Shopify's price_rules.json). GET /_standin/requests lists every API
request as "METHOD PATH AUTH" (AUTH: ok or bad), GET /_standin/coupons what the shop holds.
"""
import base64
import json
import sys
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

WOO_KEY, WOO_SECRET = "ck_standin_0123456789abcdef", "cs_standin_fedcba9876543210"
SHOPIFY_TOKEN = "shpat_standin_00112233445566778899"
API = "/admin/api/2024-10"
PRICE_RULE_REQUIRED = ["title", "target_type", "target_selection", "allocation_method", "value_type", "value",
                       "customer_selection", "starts_at"]

# Shopify's customers and products (made-up people; ids in Shopify's style).
CUSTOMERS = [{"id": 207119551, "email": "zoe@example.com", "first_name": "Zoë", "last_name": "Ångström"},
             {"id": 207119552, "email": "noor@example.com", "first_name": "Noor", "last_name": "Bakker"}]
PRODUCTS = [{"id": 632910392, "title": "Koffiebonen 1 kg", "variants": [
                {"id": 808950810, "product_id": 632910392, "title": "Default Title", "sku": "BEANS-1KG", "price": "14.50"}]},
            {"id": 632910393, "title": "Mok", "variants": [
                {"id": 808950811, "product_id": 632910393, "title": "Wit", "sku": "MUG-WHITE", "price": "9.00"},
                {"id": 808950812, "product_id": 632910393, "title": "Zwart", "sku": "MUG-BLACK", "price": "9.50"}]}]

lock = threading.Lock()
state = {"fail": [], "drop": [], "requests": [], "coupons": {}, "rules": {}, "next_id": 500}


def dropping(path):
    """True (and used up) when the next drop applies to a creation at `path`; call with the lock held."""
    for index, where in enumerate(state["drop"]):
        if where == path or (where is None and path in ("/wp-json/wc/v3/coupons/batch", "discount_codes")):
            del state["drop"][index]
            return True
    return False


def price_rule_problems(rule):
    """What Shopify's PriceRule documentation makes a 422 of, as {field: [message]}."""
    problems = {f: ["can't be blank"] for f in PRICE_RULE_REQUIRED if f not in rule}
    customers = rule.get("prerequisite_customer_ids", [])
    if not isinstance(customers, list):
        problems["prerequisite_customer_ids"] = [f"expected {type(customers).__name__} to be a Array"]
    elif rule.get("customer_selection") == "prerequisite":
        if not customers and not rule.get("customer_segment_prerequisite_ids"):
            problems["customer_selection"] = ["must have at least one prerequisite customer or segment when prerequisite"]
        elif any(c not in [k["id"] for k in CUSTOMERS] for c in customers):
            problems["prerequisite_customer_ids"] = ["contains a customer that does not exist"]
    elif rule.get("customer_selection") not in (None, "all"):
        problems["customer_selection"] = ["is not included in the list"]
    entitled = {k: rule.get(k, []) for k in ("entitled_product_ids", "entitled_variant_ids", "entitled_collection_ids")}
    if rule.get("target_selection") == "entitled":
        if not any(entitled.values()):
            problems["target_selection"] = ["must have at least one entitlement when entitled"]
        products = [p["id"] for p in PRODUCTS]
        variants = [v["id"] for p in PRODUCTS for v in p["variants"]]
        if any(i not in products for i in entitled["entitled_product_ids"]) or any(i not in variants for i in entitled["entitled_variant_ids"]):
            problems["entitled_product_ids"] = ["contains a product or variant that does not exist"]
    if rule.get("target_type") == "shipping_line" and rule.get("allocation_method") != "each":
        problems["allocation_method"] = ["must be each when target_type is shipping_line"]
    try:
        value = float(rule.get("value", "0"))
        if value >= 0 or (rule.get("value_type") == "percentage" and value < -100):
            problems["value"] = ["must be a negative number (not below -100 for a percentage)"]
    except (TypeError, ValueError):
        problems["value"] = ["is not a number"]
    return problems


def moment(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def next_id():
    state["next_id"] += 1
    return state["next_id"]


def main():
    platform = sys.argv[1]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def answer(self, status, body=None, headers=()):
            data = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def drop(self):
            """The work is done but the answer never leaves: the connection is closed."""
            self.close_connection = True
            self.connection.shutdown(2)

        def body(self):
            length = int(self.headers.get("Content-Length", "0"))
            return json.loads(self.rfile.read(length) or b"null") if length else None

        def authorized(self):
            if platform == "woocommerce":
                expected = "Basic " + base64.b64encode(f"{WOO_KEY}:{WOO_SECRET}".encode()).decode()
                return self.headers.get("Authorization") == expected
            return self.headers.get("X-Shopify-Access-Token") == SHOPIFY_TOKEN

        def handle_any(self, method):
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
            if url.path == "/_standin/requests":
                with lock:
                    return self.answer(200, state["requests"])
            if url.path == "/_standin/coupons":
                with lock:
                    return self.answer(200, list(state["coupons"].values()) if platform == "woocommerce" else list(state["rules"].values()))
            if url.path == "/_standin/fail":
                with lock:
                    state["fail"] += [(int(query.get("status", "500")), query.get("path", ""))] * int(query.get("times", "1"))
                return self.answer(200, {})
            if url.path == "/_standin/drop":
                with lock:
                    state["drop"] += [query.get("path")] * int(query.get("times", "1"))
                return self.answer(200, {})
            body = self.body() if method in ("POST", "PUT") else None
            with lock:
                state["requests"].append(f"{method} {url.path} {'ok' if self.authorized() else 'bad'}")
                failure = None
                if state["fail"] and url.path.startswith(state["fail"][0][1]):
                    failure = state["fail"].pop(0)[0]
            if failure:
                return self.answer(failure, {"code": "internal_server_error", "message": "Internal Server Error"} if platform == "woocommerce"
                                   else {"errors": "Internal Server Error"})
            if not self.authorized():
                return self.answer(401, {"code": "woocommerce_rest_cannot_create", "message": "Sorry, you are not allowed to create resources.",
                                         "data": {"status": 401}} if platform == "woocommerce"
                                   else {"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"})
            if platform == "woocommerce":
                return self.woocommerce(method, url.path, query, body)
            return self.shopify(method, url.path, query, body)

        def woocommerce(self, method, path, query, body):
            if method == "GET" and path in ("/wp-json/wc/v3/orders", "/wp-json/wc/v3/customers"):
                return self.answer(200, [], [("X-WP-Total", "0"), ("X-WP-TotalPages", "0")])
            if method == "GET" and path == "/wp-json/wc/v3/coupons":
                code = query.get("code", "").lower()
                with lock:
                    return self.answer(200, [c for c in state["coupons"].values() if not code or c["code"] == code])
            if method == "POST" and path == "/wp-json/wc/v3/coupons/batch":
                creations, deletions = (body or {}).get("create", []), (body or {}).get("delete", [])
                if len(creations) + len(deletions) > 100:
                    return self.answer(413, {"code": "rest_request_entity_too_large", "message": "Unable to accept more than 100 items for this request.",
                                             "data": {"status": 413}})
                created, deleted = [], []
                with lock:
                    for item in creations:
                        code = str(item.get("code", "")).lower()
                        if not code:
                            created.append({"id": 0, "error": {"code": "woocommerce_rest_empty_coupon_code", "message": "The coupon code cannot be empty.", "data": {"status": 400}}})
                        elif any(c["code"] == code for c in state["coupons"].values()):
                            created.append({"id": 0, "error": {"code": "woocommerce_rest_coupon_code_already_exists", "message": "The coupon code already exists", "data": {"status": 400}}})
                        else:
                            coupon = dict(item, id=next_id(), code=code, usage_count=0)
                            state["coupons"][coupon["id"]] = coupon
                            created.append(coupon)
                    for coupon_id in deletions:
                        coupon = state["coupons"].pop(int(coupon_id), None)
                        deleted.append(coupon if coupon else {"id": coupon_id, "error": {"code": "woocommerce_rest_shop_coupon_invalid_id", "message": "Invalid ID.", "data": {"status": 404}}})
                    lost = bool(creations) and dropping(path)
                if lost:
                    return self.drop()
                return self.answer(200, {k: v for k, v in (("create", created), ("delete", deleted)) if (creations if k == "create" else deletions)})
            return self.answer(404, {"code": "rest_no_route", "message": "No route was found matching the URL and request method.", "data": {"status": 404}})

        def shopify(self, method, path, query, body):
            parts = path[len(API):].strip("/").split("/") if path.startswith(API) else []
            if method == "GET" and path in (f"{API}/orders.json", f"{API}/customers.json"):
                return self.answer(200, {path.rsplit("/", 1)[1][:-5]: []})
            if method == "GET" and path == f"{API}/orders/count.json":
                return self.answer(200, {"count": 0})
            if method == "POST" and path == f"{API}/price_rules.json":
                rule = (body or {}).get("price_rule") or {}
                problems = price_rule_problems(rule)
                if problems:
                    return self.answer(422, {"errors": problems})
                with lock:
                    rule = dict(rule, id=next_id(), discount_codes=[])
                    state["rules"][rule["id"]] = rule
                    lost = dropping(path)
                if lost:
                    return self.drop()
                return self.answer(201, {"price_rule": {k: v for k, v in rule.items() if k != "discount_codes"}})
            if method == "GET" and path == f"{API}/price_rules.json":
                with lock:
                    rules = [{k: v for k, v in r.items() if k != "discount_codes"} for r in state["rules"].values()]
                if "starts_at_min" in query:
                    rules = [r for r in rules if moment(r["starts_at"]) >= moment(query["starts_at_min"])]
                if "starts_at_max" in query:
                    rules = [r for r in rules if moment(r["starts_at"]) <= moment(query["starts_at_max"])]
                return self.answer(200, {"price_rules": rules[:int(query.get("limit", "50"))]})
            if method == "GET" and path == f"{API}/customers/search.json":
                term = query.get("query", "")
                wanted = term[len("email:"):].lower() if term.startswith("email:") else None
                found = [c for c in CUSTOMERS if wanted is not None and c["email"].lower() == wanted]
                return self.answer(200, {"customers": found})
            if method == "GET" and path == f"{API}/products.json":
                limit = int(query.get("limit", "50"))
                after = int(base64.urlsafe_b64decode(query["page_info"]).decode()) if "page_info" in query else 0
                rest = [p for p in PRODUCTS if p["id"] > after]
                fields = query.get("fields")
                shown = [{k: v for k, v in p.items() if not fields or k in fields.split(",")} for p in rest[:limit]]
                headers = []
                if len(rest) > limit:
                    page_info = base64.urlsafe_b64encode(str(rest[limit - 1]["id"]).encode()).decode()
                    headers.append(("Link", f'<http://127.0.0.1:{self.server.server_port}{path}?limit={limit}&page_info={page_info}>; rel="next"'))
                return self.answer(200, {"products": shown}, headers)
            if method == "POST" and len(parts) == 3 and parts[0] == "price_rules" and parts[2] == "discount_codes.json":
                code = ((body or {}).get("discount_code") or {}).get("code", "")
                with lock:
                    rule = state["rules"].get(int(parts[1]))
                    if rule is None:
                        return self.answer(404, {"errors": "Not Found"})
                    if any(d["code"].lower() == code.lower() for r in state["rules"].values() for d in r["discount_codes"]):
                        return self.answer(422, {"errors": {"code": ["must be unique. Please try a different code."]}})
                    discount = {"id": next_id(), "price_rule_id": rule["id"], "code": code, "usage_count": 0}
                    rule["discount_codes"].append(discount)
                    lost = dropping("discount_codes")
                if lost:
                    return self.drop()
                return self.answer(201, {"discount_code": discount})
            if method == "GET" and path == f"{API}/discount_codes/lookup.json":
                code = query.get("code", "").lower()
                with lock:
                    for rule in state["rules"].values():
                        for discount in rule["discount_codes"]:
                            if discount["code"].lower() == code:
                                location = f"http://127.0.0.1:{self.server.server_port}{API}/price_rules/{rule['id']}/discount_codes/{discount['id']}.json"
                                return self.answer(303, None, [("Location", location)])
                return self.answer(404, {"errors": "Not Found"})
            if method == "DELETE" and len(parts) == 2 and parts[0] == "price_rules" and parts[1].endswith(".json"):
                with lock:
                    rule = state["rules"].pop(int(parts[1][:-5]), None)
                return self.answer(204) if rule else self.answer(404, {"errors": "Not Found"})
            return self.answer(404, {"errors": "Not Found"})

        def do_GET(self):
            self.handle_any("GET")

        def do_POST(self):
            self.handle_any("POST")

        def do_DELETE(self):
            self.handle_any("DELETE")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
