import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText
import ShopSync

/// `loyalty coupon export`: issued coupons out to the shop, each exactly once.
enum CouponExportCommand {
    /// WooCommerce's batch endpoint takes at most 100 objects per request.
    static let batchSize = 100

    static var command: Command {
        Command(name: "export", summary: "export issued coupons for the shop (WooCommerce batch JSON or CSV)",
                options: [Option("--format", "woocommerce|csv", "woocommerce (default): request bodies for POST /wp-json/wc/v3/coupons/batch; csv: one row per coupon"),
                          Option("--all", "every issued coupon, also those exported before"),
                          Option("--output", "FILE", "write to FILE (created 0600, complete or not at all) instead of standard output")],
                details: """
                    Only issued coupons not exported before (every issued one with --all), marked
                    exported in the same transaction that reads them: two exports never both hand
                    out a coupon, a failed one marks nothing, and a second export prints nothing
                    new. --output FILE is created 0600 and appears only complete.

                    woocommerce prints one request body per line for POST
                    /wp-json/wc/v3/coupons/batch, {"create": [...]} with at most 100 coupons (the
                    endpoint's limit). Each coupon has code, discount_type, amount (a decimal
                    string), usage_limit 1, usage_limit_per_user 1, email_restrictions [the
                    member's e-mail], free_shipping, minimum_amount when the reward has one,
                    description and meta_data (loyalty_reward, loyalty_points, loyalty_sku).
                    Coupons carry no expiry date, so date_expires is left out. Mapping:
                    - percent off: percent, amount = the percentage
                    - amount off, flexible discount: fixed_cart, amount = the money off
                    - free shipping: fixed_cart, amount 0.00, free_shipping true (needs a shipping
                    method that allows free-shipping coupons)
                    - free product, sale price: fixed_product, amount 0.00, the SKU in description
                    and meta_data; WooCommerce restricts coupons by product id, not SKU, so set the
                    product and the amount in the shop before the coupon is used

                    csv columns: code,email,discount_type,amount,currency,free_shipping,product_sku,
                    minimum_amount,reward,description,points,issued.
                    """,
                examples: ["loyalty coupon export --format woocommerce --output coupons.jsonl",
                           "loyalty coupon export | while read -r body; do curl -s -u KEY:SECRET -H 'Content-Type: application/json' -d \"$body\" https://shop.example/wp-json/wc/v3/coupons/batch; done"]) { invocation in
            let format = invocation.string("--format")?.lowercased() ?? "woocommerce"
            guard format == "woocommerce" || format == "csv" else { throw invocation.usage(invocation.words.text("{option} \"{text}\" is not one of: {choices}", ["option": .text("--format"), "text": .text(format), "choices": .list(["woocommerce", "csv"])])) }
            let store = try invocation.openStore()
            let currency = try store.program().currency
            let sink = try OutputSink(path: invocation.string("--output"))
            var bySKU = 0
            let dates = ReusableDateFormat()
            let count: Int
            do {
                if format == "csv" {
                    try sink.write(CSV.row(["code", "email", "discount_type", "amount", "currency", "free_shipping", "product_sku",
                                            "minimum_amount", "reward", "description", "points", "issued"]))
                }
                count = try store.exportCoupons(all: invocation.flag("--all"), chunkSize: batchSize, { chunk in
                    bySKU += chunk.filter { $0.coupon.sku != nil }.count
                    if format == "csv" {
                        for item in chunk { try sink.write(CSV.row(csvRow(item, currency: currency, dates: dates))) }
                    } else {
                        let body: JSONObject = ["create": chunk.map { woocommerce($0, currency: currency) }]
                        let data = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
                        try sink.write(String(decoding: data, as: UTF8.self) + "\n")
                    }
                }, finish: { try sink.finish() })
            } catch {
                sink.discard()
                throw error
            }
            if count == 0 {
                Console.error(invocation.flag("--all") ? invocation.words.text("No issued coupons to export.")
                                                       : invocation.words.text("No new coupons to export: every issued coupon was exported before (--all exports them again)."))
            } else {
                let words = invocation.words, values: [String: SentenceValue] = ["count": .integer(Int64(count)), "path": .text(invocation.string("--output") ?? "")]
                let exported = sink.isFile ? words.plural("Exported {count} coupon to {path}.", "Exported {count} coupons to {path}.", count: Int64(count), values)
                    : words.plural("Exported {count} coupon.", "Exported {count} coupons.", count: Int64(count), values)
                Console.error(exported + (bySKU > 0 ? " " + words.plural("{count} gives a product by SKU: set its product and amount in the shop before use.",
                                                                        "{count} give a product by SKU: set their product and amount in the shop before use.",
                                                                        count: Int64(bySKU), ["count": .integer(Int64(bySKU))]) : ""))
            }
        }
    }

    /// A coupon as WooCommerce REST API v3 creates it (the same as `loyalty sync` pushes).
    static func woocommerce(_ item: ExportedCoupon, currency: Currency) -> JSONObject {
        CouponPayloads.wooCommerce(item.coupon, email: item.email, currency: currency)
    }

    static func csvRow(_ item: ExportedCoupon, currency: Currency, dates: ReusableDateFormat) -> [String] {
        let coupon = item.coupon
        let amount: String
        switch coupon.discountType {
        case "percent_off": amount = String(coupon.discountValue ?? 0)
        case "free_shipping", "free_product": amount = ""
        default: amount = coupon.discountValue.map { Money(minorUnits: $0, currency: currency).decimalString } ?? ""
        }
        return [coupon.code, CSV.text(item.email), coupon.discountType, amount, currency.code, Formats.yesNo(coupon.discountType == "free_shipping"),
                CSV.text(coupon.sku ?? ""), coupon.minimumSubtotal.map { Money(minorUnits: $0, currency: currency).decimalString } ?? "",
                CSV.text(coupon.rewardName), CSV.text(coupon.description), String(coupon.points), dates.json(coupon.issued)]
    }
}
