import LoyaltyCore

/// The Program section's lines about the connected shop: which one, its last webhook and sync, and
/// its last error when there is one.
enum ShopRows {
    static let errorLabel = "Shop error"

    static func rows(_ shop: ShopConnection?) -> [(String, String)] {
        guard let shop else { return [("Shop", "not connected")] }
        var rows = [("Shop", shop.title),
                    ("Shop activity", "last webhook \(shop.lastWebhookAt.map(DisplayFormat.dayAndTime) ?? "none yet") · last sync \(shop.lastSyncAt.map(DisplayFormat.dayAndTime) ?? "never")")]
        if let error = shop.lastError {
            rows.append((errorLabel, (shop.lastErrorAt.map(DisplayFormat.dayAndTime).map { $0 + " " } ?? "") + error))
        }
        return rows
    }
}
