/// A one-line message above the footer: the outcome of the last action, or why it was refused.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, success, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, kind: .error) }
    public static func success(_ text: String) -> StatusMessage { StatusMessage(text, kind: .success) }
}
