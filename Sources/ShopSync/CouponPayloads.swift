import Foundation
import LoyaltyCore
import LoyaltyStore

/// A Loyalty coupon as each shop's API creates it: the reward's kind, amount and minimum subtotal,
/// one use, and the member as the only customer where the platform restricts by e-mail.
public enum CouponPayloads {
    /// A coupon as WooCommerce REST API v3 creates it (`POST /wp-json/wc/v3/coupons` or an item of
    /// `coupons/batch`'s `create`): `usage_limit` 1, `usage_limit_per_user` 1, `email_restrictions`
    /// [the member's e-mail]. Percent off → `percent`; amount off and flexible discounts →
    /// `fixed_cart`; free shipping → `fixed_cart` 0.00 with `free_shipping`; a free product or a sale
    /// price → `fixed_product` 0.00 with the SKU in `description` and `meta_data` (WooCommerce
    /// restricts coupons by product id, not SKU: the shop sets the product and amount before use).
    public static func wooCommerce(_ coupon: CouponRecord, email: String, currency: Currency) -> [String: Any] {
        let money = { (minor: Int64?) in Money(minorUnits: minor ?? 0, currency: currency).decimalString }
        var object: [String: Any] = [
            "code": coupon.code, "usage_limit": 1, "usage_limit_per_user": 1, "email_restrictions": [email],
            "individual_use": false, "free_shipping": false,
            "meta_data": [["key": "loyalty_reward", "value": coupon.rewardName], ["key": "loyalty_points", "value": String(coupon.points)]]
                + (coupon.sku.map { [["key": "loyalty_sku", "value": $0]] } ?? []),
        ]
        var description = "\(coupon.rewardName): \(coupon.description) (loyalty reward, \(Counting.count(coupon.points, "point")))"
        switch coupon.discountType {
        case "percent_off":
            object["discount_type"] = "percent"
            object["amount"] = String(coupon.discountValue ?? 0)
        case "free_shipping":
            object["discount_type"] = "fixed_cart"
            object["amount"] = money(0)
            object["free_shipping"] = true
        case "free_product", "sale_price":
            object["discount_type"] = "fixed_product"
            object["amount"] = money(0)
            let sku = coupon.sku ?? ""
            description += coupon.discountType == "free_product"
                ? ". Before use: set Products to the product with SKU \(sku) and Amount to its price."
                : ". Before use: set Products to the product with SKU \(sku) and Amount to its price minus \(money(coupon.discountValue))."
        default:   // amount_off, and flexible discounts
            object["discount_type"] = "fixed_cart"
            object["amount"] = money(coupon.discountValue)
        }
        object["description"] = description
        if let minimum = coupon.minimumSubtotal { object["minimum_amount"] = money(minimum) }
        return object
    }

    /// The price rule behind a coupon, as Shopify's Admin REST API 2024-10 creates it (`POST
    /// /admin/api/2024-10/price_rules.json`; the code is then added as its discount code): one use
    /// (`usage_limit` 1, `once_per_customer`), starting when the coupon was issued, the minimum as
    /// `prerequisite_subtotal_range`. Percent off → `percentage` on the line items; amount off and
    /// flexible discounts → `fixed_amount` across them; free shipping → 100 % off the shipping lines.
    /// Shopify restricts a price rule by customer id, not e-mail: it is open to every customer, its
    /// code known to the member only. Nil for a free product or a sale price, which Shopify can only
    /// give for a product chosen by its id (create those in the shop's admin).
    public static func shopifyPriceRule(_ coupon: CouponRecord, currency: Currency) -> [String: Any]? {
        let money = { (minor: Int64?) in Money(minorUnits: minor ?? 0, currency: currency).decimalString }
        var rule: [String: Any] = [
            "title": "\(coupon.code) (\(coupon.rewardName))", "customer_selection": "all", "target_selection": "all",
            "usage_limit": 1, "once_per_customer": true, "starts_at": ISO8601DateFormatter().string(from: coupon.issued),
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
            return nil
        default:
            rule["target_type"] = "line_item"
            rule["value_type"] = "fixed_amount"
            rule["value"] = "-" + money(coupon.discountValue)
            rule["allocation_method"] = "across"
        }
        if let minimum = coupon.minimumSubtotal { rule["prerequisite_subtotal_range"] = ["greater_than_or_equal_to": money(minimum)] }
        return ["price_rule": rule]
    }

    /// `value` as compact JSON with sorted keys.
    static func json(_ value: Any) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}
