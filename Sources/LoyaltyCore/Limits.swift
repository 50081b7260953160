/// The largest numbers the programme accepts, chosen so that every product and sum it computes fits
/// an `Int64` (at most 9,223,372,036,854,775,807) by construction:
///
/// - A balance is at most `maximumBalance` (10^12 points); a flexible reward's rate is at most
///   `maximumRatePoints` points = `maximumRateMoney` minor units (10^6 each). What a balance is worth,
///   `balance × value ÷ points`, is at most 10^12 × 10^6 = 10^18.
/// - An amount of money (an order total, a subtotal, a refund, a reward's value) is at most
///   `maximumMoney` (10^12 minor units, 10,000,000,000.00 EUR). A flexible redemption's
///   `order total × percent` is at most 10^14 and the points it charges, `discount × points`, at
///   most 10^12 × 10^6 = 10^18. Points for a spend, `(spend ÷ per) × points`, are at most
///   10^12 × 10^9 before multipliers and are computed with overflow checks (`pointsForSpend`).
/// - A single change of a balance (one ledger entry: an earning, a give, a removal, the difference
///   a set makes, a reward's cost) is at most `maximumChange` (10^9 points). The running totals
///   (per kind, per day, a member's lifetime earned) grow by at most that per entry, so a total
///   reaches 10^18 only after a billion entries at the maximum, a ledger of hundreds of gigabytes;
///   the few sums of totals the statistics make are still checked, and refused with a message
///   rather than trapping, for a file that holds more (`checkedSum`).
/// - Liability (all unredeemed points at the flexible rate) is not bounded by construction (it
///   grows with the number of members); it is computed in 128 bits (`FlexibleReward.worth(of:)`).
public enum Limits {
    /// The most points a member may hold.
    public static let maximumBalance: Points = 1_000_000_000_000
    /// The most points one change of a balance may move: one earning, give, removal or set, and a
    /// rule's points, caps and a reward's cost.
    public static let maximumChange: Points = 1_000_000_000
    /// The largest amount of money, in minor units (10,000,000,000.00 in a two-decimal currency).
    public static let maximumMoney: Int64 = 1_000_000_000_000
    /// The most points on the points side of a flexible reward's rate ("N points = value").
    public static let maximumRatePoints: Points = 1_000_000
    /// The most money, in minor units, on the money side of a flexible reward's rate (10,000.00 EUR).
    public static let maximumRateMoney: Int64 = 1_000_000
    /// The most a running total (points of one kind, of one day, a member's lifetime earned) may hold
    /// in a file `restore` accepts: a billion entries at `maximumChange`. Seven such totals and their
    /// differences still add up within an `Int64`.
    public static let maximumRunningTotal: Points = 1_000_000_000_000_000_000

    /// Refuses a number of points above `limit`, naming `what` (a rule's points, a balance) and the limit.
    public static func requirePoints(_ points: Points, atMost limit: Points, _ what: LimitedValue) throws {
        guard points <= limit else {
            throw LoyaltyError.limit(.pointsAbove(what: what, limit: limit, got: points))
        }
    }

    /// Refuses an amount of money whose size is above `limit` minor units, saying the limit as people write money.
    public static func requireMoney(_ money: Money, atMost limit: Int64 = maximumMoney, _ what: LimitedValue) throws {
        guard money.minorUnits.magnitude <= limit.magnitude else {
            let most = Money(minorUnits: limit, currency: money.currency)
            throw LoyaltyError.limit(.moneyAbove(what: what, most: most, got: money))
        }
    }

    /// Sums running totals without trapping: nil when the sum does not fit an `Int64`.
    public static func checkedSum(_ values: [Int64]) -> Int64? {
        var sum: Int64 = 0
        for value in values {
            let (next, overflow) = sum.addingReportingOverflow(value)
            if overflow { return nil }
            sum = next
        }
        return sum
    }

    /// A whole number with thousands separators: 1000000000 → "1,000,000,000".
    public static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }

    /// Money with thousands separators in the whole part: "10,000,000,000.00 EUR".
    public static func grouped(_ money: Money) -> String {
        let plain = money.decimalString
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let whole = grouped(Int64(parts[0]) ?? 0)
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return "\(negative ? "-" : "")\(whole)\(fraction) \(money.currency.code)"
    }
}

extension Limits {
    /// The balance after a change, when the change moves at most `maximumChange` points and the
    /// balance stays within `maximumBalance` either way (or comes closer to zero: a balance above the
    /// limit, kept from before there were limits, can still be brought down); refused otherwise,
    /// saying the limit.
    public static func balance(_ balance: Points, changedBy delta: Points) throws -> Points {
        guard delta.magnitude <= maximumChange.magnitude else {
            throw LoyaltyError.limit(.changeTooLarge(delta: delta, limit: maximumChange))
        }
        let (after, overflow) = balance.addingReportingOverflow(delta)
        guard !overflow, after.magnitude <= maximumBalance.magnitude || after.magnitude < balance.magnitude else {
            throw LoyaltyError.limit(.balanceTooLarge(balance: balance, delta: delta, after: overflow ? nil : after, limit: maximumBalance))
        }
        return after
    }
}
