import LoyaltyCore

/// How an event's stored details read in a message: the amount as people write money.
/// "email=zoe@example.com;amount=1000 EUR;action=-" → "email=zoe@example.com;amount=10.00 EUR;action=-";
/// a refund's "amount=499" → "amount=4.99 EUR" in the programme's currency. The stored text (what a
/// repeated event is compared with) stays as it is.
enum EventDetailsText {
    static func readable(_ stored: String, currency: Currency) -> String {
        stored.split(separator: ";", omittingEmptySubsequences: false).map { field -> String in
            guard field.hasPrefix("amount=") else { return String(field) }
            let value = field.dropFirst("amount=".count).split(separator: " ", omittingEmptySubsequences: false)
            guard let minor = Int64(value.first ?? ""), value.count <= 2 else { return String(field) }
            let inCurrency = value.count == 2 ? (try? Currency(code: String(value[1]))) ?? currency : currency
            return "amount=\(Money(minorUnits: minor, currency: inCurrency))"
        }.joined(separator: ";")
    }
}
