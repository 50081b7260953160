import Terminal

extension Key {
    /// What the key means on a mirrored (right-to-left) screen, drawn left to right and then
    /// turned round: ← and → swap, so every pane, list and field keeps working in its own,
    /// left-to-right terms.
    var mirrored: Key {
        switch self {
        case .left: return .right
        case .right: return .left
        default: return self
        }
    }
}
