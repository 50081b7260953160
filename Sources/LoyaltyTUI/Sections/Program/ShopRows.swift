import Foundation
import LoyaltyCore
import LoyaltyText

/// The Program section's lines about the connected shop: which one, its last webhook and sync, and
/// its last error when there is one.
enum ShopRows {
    /// The rows as (label, value, whether it is a problem to show in the warning style).
    static func rows(_ shop: ShopConnection?, _ words: Localizer) -> [(String, String, Bool)] {
        guard let shop else { return [(words.text("Shop"), words.text("not connected"), false)] }
        let when = { (date: Date) in DisplayFormat.dayAndTime(date, words) }
        var rows = [(words.text("Shop"), shop.title, false),
                    (words.text("Shop activity"), words.text("last webhook {webhook} · last sync {sync}", [
                        "webhook": .text(shop.lastWebhookAt.map(when) ?? words.text("none yet")), "sync": .text(shop.lastSyncAt.map(when) ?? words.text("never"))]), false)]
        if let error = shop.lastError {
            rows.append((words.text("Shop error"), (shop.lastErrorAt.map(when).map { $0 + " " } ?? "") + error, true))
        }
        return rows
    }
}
