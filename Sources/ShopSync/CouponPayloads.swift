import Foundation
import LoyaltyCore
import LoyaltyStore

/// A Loyalty coupon as WooCommerce's API creates it: the reward's kind, amount and minimum
/// subtotal, one use, and the member's e-mail as the only customer (Shopify's price rule is
/// `ShopifyPriceRule`).
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

    /// `value` as compact JSON with sorted keys.
    static func json(_ value: Any) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}
