/// A stored text that a refusal names when it holds control characters (`StoredText.checked`).
/// Each front end words it (`sentence`).
public enum StoredTextField: Equatable, Sendable, CaseIterable {
    /// A reward's product SKU.
    case sku
    /// The action named by a custom event.
    case actionName
}
