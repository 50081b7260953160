/// The rule for a shop's own id of an event or order (an order number, a review id), which keys it
/// so it counts once: 1 to 200 printable characters. The store enforces it on every event; the
/// import parsers check it per row, so `--skip-invalid` can reject just that row.
public enum ExternalID {
    public static let maxLength = 200

    /// Why `id` (trimmed) cannot key an event, or nil when it can.
    public static func problem(_ id: String) -> String? {
        id.isEmpty || id.count > maxLength || id.containsControlCharacters
            ? EventRefusal.badID(maximumLength: maxLength).sentence.english : nil
    }
}
