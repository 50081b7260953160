import Foundation
import LoyaltyCore
import LoyaltyStore

/// A product variant of the Shopify shop, as its products list it: what a free-product or
/// sale-price coupon is for.
struct ShopifyVariant: Equatable {
    let id: Int64
    let price: Money
}

/// The price rule behind a Loyalty coupon, as Shopify's Admin REST API 2024-10 creates it (`POST
/// /admin/api/2024-10/price_rules.json`; the code is then added as its discount code).
///
/// - For the member only: `customer_selection` "prerequisite" with `prerequisite_customer_ids`
///   [their customer id]; one use (`usage_limit` 1, `once_per_customer`); starting when the coupon
///   was issued; the minimum as `prerequisite_subtotal_range`.
/// - Percent off → `percentage` across the line items; amount off and flexible discounts →
///   `fixed_amount` across them; free shipping → 100 % off each shipping line.
/// - A free product → its price off the variant with the reward's SKU (`target_selection`
///   "entitled", `entitled_variant_ids`, `fixed_amount` `across`): one item free however many are
///   bought, where 100 % off (`percentage` -100) would make every item of that line free. A sale
///   price → the price less the sale price off, the same way. Both use the price the shop lists
///   when the coupon is pushed.
enum ShopifyPriceRule {
    /// The rule's title: its code and reward ("K7Q2-MX4P (10% off)"). With `startsAt` it finds the
    /// rule again when the answer to its creation was lost.
    static func title(_ coupon: CouponRecord) -> String { "\(coupon.code) (\(coupon.rewardName))" }

    /// When the rule starts: when the coupon was issued, to the second.
    static func startsAt(_ coupon: CouponRecord) -> Date { Date(timeIntervalSince1970: coupon.issued.timeIntervalSince1970.rounded(.down)) }

    /// The `{"price_rule": …}` body for `coupon`, for the customer with id `customer`; nil for a
    /// free product or a sale price without its `variant`, or a sale price not below its price.
    static func payload(_ coupon: CouponRecord, customer: Int64, variant: ShopifyVariant?, currency: Currency) -> [String: Any]? {
        let money = { (minor: Int64?) in Money(minorUnits: minor ?? 0, currency: currency).decimalString }
        var rule: [String: Any] = [
            "title": title(coupon), "customer_selection": "prerequisite", "prerequisite_customer_ids": [customer],
            "target_selection": "all", "usage_limit": 1, "once_per_customer": true,
            "starts_at": ISO8601DateFormatter().string(from: startsAt(coupon)),
        ]
        switch coupon.discountType {
        case "percent_off":
            rule["target_type"] = "line_item"
            rule["value_type"] = "percentage"
            rule["value"] = "-\(coupon.discountValue ?? 0)"
            rule["allocation_method"] = "across"
        case "free_shipping":
            rule["target_type"] = "shipping_line"
            rule["value_type"] = "percentage"
            rule["value"] = "-100.0"
            rule["allocation_method"] = "each"
        case "free_product", "sale_price":
            guard let variant else { return nil }
            let off = coupon.discountType == "free_product" ? variant.price.minorUnits : variant.price.minorUnits - (coupon.discountValue ?? 0)
            guard off > 0 else { return nil }
            rule["target_type"] = "line_item"
            rule["target_selection"] = "entitled"
            rule["entitled_variant_ids"] = [variant.id]
            rule["value_type"] = "fixed_amount"
            rule["value"] = "-" + money(off)
            rule["allocation_method"] = "across"
        default:
            rule["target_type"] = "line_item"
            rule["value_type"] = "fixed_amount"
            rule["value"] = "-" + money(coupon.discountValue)
            rule["allocation_method"] = "across"
        }
        if let minimum = coupon.minimumSubtotal { rule["prerequisite_subtotal_range"] = ["greater_than_or_equal_to": money(minimum)] }
        return ["price_rule": rule]
    }
}
