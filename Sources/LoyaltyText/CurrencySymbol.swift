import LoyaltyCore

/// The sign a currency is written with: € for EUR, ₪ for ILS; its ISO code when it has no sign
/// that cannot be mistaken for another's ($ is the US dollar only).
enum CurrencySymbol {
    static let symbols = CustomerLanguage.currencySigns

    static func symbol(of currency: Currency) -> String { symbols[currency.code] ?? currency.code }

    /// The currency code a written sign stands for, e.g. "€" → "EUR".
    static func code(ofSymbol text: String) -> String? { symbols.first { $0.value == text }?.key }
}
