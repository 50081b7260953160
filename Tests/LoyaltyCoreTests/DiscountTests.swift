import XCTest
import LoyaltyCore

final class DiscountTests: XCTestCase {
    func testEachDiscountKeepsItsNumberAmountAndProduct() {
        let cases: [(Discount, value: Int64?, amount: Money?, sku: String?)] = [
            (.percentOff(15), 15, nil, nil),
            (.amountOff(eur("2.50")), 250, eur("2.50"), nil),
            (.freeShipping, nil, nil, nil),
            (.freeProduct(sku: "MUG"), nil, nil, "MUG"),
            (.salePrice(sku: "CAKE", price: eur("3.00")), 300, eur("3.00"), "CAKE"),
        ]
        for (discount, value, amount, sku) in cases {
            XCTAssertEqual(discount.storedValue, value, discount.label)
            XCTAssertEqual(discount.amount, amount, discount.label)
            XCTAssertEqual(discount.sku, sku, discount.label)
        }
    }
}
