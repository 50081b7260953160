import Foundation
import LoyaltyCore
import XCTest

/// Sends webhook deliveries to a `Lighttpd` with curl, as a shop would: the body as JSON, the
/// shop's headers, signed with HMAC-SHA256 (computed here by Loyalty's own pure-Swift `KeyedHash`,
/// not by the OpenSSL the program checks with).
struct WebhookSender {
    let server: Lighttpd
    let directory: URL

    /// What the server answered: the HTTP status and the body.
    struct Answer {
        let status: Int
        let body: String
    }

    /// The base64 of HMAC-SHA256(`secret`, `body`).
    static func signature(_ body: String, secret: String) -> String {
        Data(KeyedHash.hmac(Array(body.utf8), key: Array(secret.utf8))).base64EncodedString()
    }

    /// A WooCommerce delivery's headers (as WooCommerce sends them), signed unless `signature` is given.
    static func wooCommerce(_ body: String, topic: String = "order.updated", delivery: String, secret: String, signature: String? = nil) -> [String: String] {
        ["X-WC-Webhook-Source": "https://shop.example/", "X-WC-Webhook-Topic": topic, "X-WC-Webhook-Resource": "order",
         "X-WC-Webhook-Event": String(topic.split(separator: ".").last ?? ""), "X-WC-Webhook-ID": "12",
         "X-WC-Webhook-Delivery-ID": delivery, "X-WC-Webhook-Signature": signature ?? Self.signature(body, secret: secret)]
    }

    /// A Shopify delivery's headers, signed.
    static func shopify(_ body: String, topic: String, webhookID: String, secret: String) -> [String: String] {
        ["X-Shopify-Topic": topic, "X-Shopify-Shop-Domain": "zoes-cafe.myshopify.com", "X-Shopify-API-Version": "2024-10",
         "X-Shopify-Webhook-Id": webhookID, "X-Shopify-Hmac-Sha256": Self.signature(body, secret: secret)]
    }

    /// Starts one curl POST of `body` with `headers`; `answer` waits for it.
    func start(_ body: String, headers: [String: String], contentType: String = "application/json") throws -> () throws -> Answer {
        let name = UUID().uuidString
        let bodyFile = directory.appendingPathComponent("\(name).body"), answerFile = directory.appendingPathComponent("\(name).answer")
        try Data(body.utf8).write(to: bodyFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-S", "-o", answerFile.path, "-w", "%{http_code}", "-X", "POST", "-H", "Content-Type: \(contentType)",
                             "-H", "Expect:"] + headers.sorted { $0.key < $1.key }.flatMap { ["-H", "\($0.key): \($0.value)"] }
            + ["--data-binary", "@\(bodyFile.path)", server.url]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        return {
            let code = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Answer(status: Int(String(decoding: code, as: UTF8.self)) ?? -1,
                          body: (try? String(contentsOf: answerFile, encoding: .utf8)) ?? "")
        }
    }

    /// Sends one delivery and waits for the answer.
    func send(_ body: String, headers: [String: String], contentType: String = "application/json") throws -> Answer {
        try start(body, headers: headers, contentType: contentType)()
    }
}

/// Order payloads as the shops' webhooks send them (trimmed to the usual fields; made-up people).
enum ShopPayloads {
    /// Now in UTC as WooCommerce writes its `_gmt` dates: "2026-12-06T00:10:00".
    static func wooDate(_ date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return formatter.string(from: date)
    }

    /// A WooCommerce order (REST API v3 shape, as its order webhooks deliver it).
    static func wooCommerceOrder(id: Int, status: String = "processing", email: String = "zoe@example.com", first: String = "Zoë", last: String = "Jansen",
                                 total: String = "30.25", tax: String = "5.25", shipping: String = "0.00", paidAt: String, refunds: String = "[]") -> String {
        """
        {"id":\(id),"parent_id":0,"status":"\(status)","currency":"EUR","version":"9.4.2","prices_include_tax":false,\
        "date_created":"\(paidAt)","date_created_gmt":"\(paidAt)","date_modified":"\(paidAt)","date_modified_gmt":"\(paidAt)",\
        "discount_total":"0.00","discount_tax":"0.00","shipping_total":"\(shipping)","shipping_tax":"0.00","cart_tax":"\(tax)",\
        "total":"\(total)","total_tax":"\(tax)","customer_id":0,"order_key":"wc_order_\(id)",\
        "billing":{"first_name":"\(first)","last_name":"\(last)","company":"","address_1":"Kerkstraat 1","city":"Utrecht","postcode":"3511 AB","country":"NL","email":"\(email)","phone":""},\
        "shipping":{"first_name":"\(first)","last_name":"\(last)","address_1":"Kerkstraat 1","city":"Utrecht","postcode":"3511 AB","country":"NL"},\
        "payment_method":"bacs","payment_method_title":"Direct bank transfer","transaction_id":"","customer_note":"",\
        "date_completed":null,"date_completed_gmt":null,"date_paid":"\(paidAt)","date_paid_gmt":"\(paidAt)","cart_hash":"",\
        "meta_data":[],"line_items":[{"id":\(id * 10),"name":"Coffee beans 1 kg","product_id":93,"variation_id":0,"quantity":1,"tax_class":"","subtotal":"25.00","subtotal_tax":"5.25","total":"25.00","total_tax":"5.25","sku":"BEANS-1KG","price":25}],\
        "tax_lines":[],"shipping_lines":[],"fee_lines":[],"coupon_lines":[],"refunds":\(refunds)}
        """
    }

    /// A Shopify order (Admin REST API shape, as `orders/paid` and the other order webhooks deliver it).
    static func shopifyOrder(name: String, financialStatus: String = "paid", email: String = "zoe@example.com", subtotal: String = "25.00",
                             total: String = "30.25", processedAt: String, cancelledAt: String = "null", refunds: String = "[]") -> String {
        """
        {"id":820982911946154508,"admin_graphql_api_id":"gid://shopify/Order/820982911946154508","app_id":null,"browser_ip":null,\
        "buyer_accepts_marketing":true,"cancel_reason":null,"cancelled_at":\(cancelledAt),"confirmed":true,"contact_email":"\(email)",\
        "created_at":"\(processedAt)","currency":"EUR","current_subtotal_price":"\(subtotal)","current_total_price":"\(total)",\
        "email":"\(email)","financial_status":"\(financialStatus)","fulfillment_status":null,"name":"\(name)","order_number":1001,\
        "processed_at":"\(processedAt)","subtotal_price":"\(subtotal)","total_price":"\(total)","total_tax":"5.25","total_discounts":"0.00",\
        "billing_address":{"first_name":"Zoë","last_name":"Jansen","name":"Zoë Jansen","address1":"Kerkstraat 1","city":"Utrecht","zip":"3511 AB","country":"Netherlands"},\
        "customer":{"id":115310627314723954,"email":"\(email)","first_name":"Zoë","last_name":"Jansen"},\
        "line_items":[{"id":866550311766439020,"name":"Coffee beans 1 kg","price":"25.00","quantity":1,"sku":"BEANS-1KG"}],"refunds":\(refunds)}
        """
    }
}
