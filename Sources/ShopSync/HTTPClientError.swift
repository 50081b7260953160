/// Why `HTTPClient.send` got no answer. Each names the address without its query or any user part
/// (`HTTPClientError.safeAddress`), and never a header or body: no credential can reach a message.
public enum HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not an absolute http(s) address, or a header with a line break in it.
    case badRequest(address: String, reason: String)
    /// Plain http:// to another machine: credentials would cross the network readable by anyone.
    case notHTTPS(address: String)
    /// No answer within the time allowed (seconds).
    case timedOut(address: String, seconds: Int)
    /// The server could not be reached: name not found, connection refused, TLS failed (libcurl's reason).
    case unreachable(address: String, reason: String)
    /// The answer's body is larger than the client accepts (bytes).
    case responseTooLarge(address: String, limit: Int)

    public var description: String {
        switch self {
        case let .badRequest(address, reason): return "cannot ask \(address): \(reason)"
        case let .notHTTPS(address):
            return "\(address) is plain http://; the shop's address must start with https:// (only this machine may be asked without it)"
        case let .timedOut(address, seconds): return "\(address) did not answer within \(seconds) seconds"
        case let .unreachable(address, reason): return "cannot reach \(address): \(reason)"
        case let .responseTooLarge(address, limit): return "\(address) answered with more than \(limit / 1_048_576) MiB"
        }
    }

    /// `url` as messages show it: scheme, host, port and path, without user, password or query
    /// (a query may hold a key: some shops accept `consumer_key=` there).
    public static func safeAddress(_ url: String) -> String {
        var text = Substring(url)
        if let query = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<query] }
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
            if let at = rest[..<hostEnd].lastIndex(of: "@") {
                text = text[..<scheme.upperBound] + rest[rest.index(after: at)...]
            }
        }
        return String(text.prefix(200))
    }
}
