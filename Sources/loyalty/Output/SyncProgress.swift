import LoyaltyStore
import LoyaltyText

/// A sync's progress on a terminal: a bar for the orders as their pages are read, then one for the
/// customers, each saying what it counts ("230/230 orders", "15/15 customers").
final class SyncProgress {
    private let shop: String
    private let words: Localizer
    private var current: (resource: SyncResource, bar: ImportProgressBar)?

    init(shop: String, words: Localizer) {
        self.shop = shop
        self.words = words
    }

    /// After a page: `read` items of `resource` so far, and how many remain when the shop says.
    func show(_ resource: SyncResource, read: Int, remaining: Int?) {
        if current?.resource != resource {
            current?.bar.finish()
            current = (resource, ImportProgressBar(file: shop, counting: resource == .orders ? .orders : .customers, words: words))
        }
        current?.bar.show(.applying(applied: read, of: read + (remaining ?? 0)))
    }

    /// Ends the line of the last bar drawn.
    func finish() {
        current?.bar.finish()
        current = nil
    }
}
