/// The secrets of a shop connection: what the shop's API needs (WooCommerce's REST consumer key and
/// secret, a Shopify custom app's Admin API access token) and the secret its webhooks are signed
/// with. Never shown, logged, audited or exported; the store keeps them in a file readable by the
/// owner only.
public struct ShopCredentials: Sendable, Equatable {
    public let platform: ShopPlatform
    /// The credentials by name (`names(for:)`), each checked.
    public let values: [String: String]

    /// The names each platform needs, in the order they are asked for.
    public static func names(for platform: ShopPlatform) -> [String] {
        switch platform {
        case .woocommerce: return ["consumer_key", "consumer_secret", "webhook_secret"]
        case .shopify: return ["access_token", "webhook_secret"]
        }
    }

    /// Checks every credential the platform needs is given and is one; others are refused.
    public init(platform: ShopPlatform, values: [String: String]) throws {
        let names = Self.names(for: platform)
        for name in values.keys where !names.contains(name) {
            throw LoyaltyError.shop(.unknownCredential(place: name, names: names))
        }
        for name in names {
            guard let value = values[name] else { throw LoyaltyError.shop(.missingCredential(name: name)) }
            guard (1...256).contains(value.utf8.count), value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }) else {
                throw LoyaltyError.shop(.badCredential(name: name))
            }
        }
        self.platform = platform
        self.values = values
    }

    /// Reads `NAME=VALUE` lines (blank lines and `#` comments skipped; spaces around each part
    /// dropped); `source` names where they came from in refusals ("credentials.txt line 3").
    public static func parse(_ text: String, platform: ShopPlatform, source: String) throws -> ShopCredentials {
        var values: [String: String] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1)
            let name = parts.first.map { String($0).trimmingWhitespace() } ?? ""
            guard parts.count == 2, names(for: platform).contains(name) else {
                throw LoyaltyError.shop(.unknownCredential(place: "\(source) line \(index + 1)", names: names(for: platform)))
            }
            values[name] = String(parts[1]).trimmingWhitespace()
        }
        return try ShopCredentials(platform: platform, values: values)
    }

    /// Reads what `text` wrote: the platform's line, then the credentials.
    public static func stored(_ text: String, source: String) throws -> ShopCredentials {
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("platform="), let platform = ShopPlatform(rawValue: String(first.dropFirst("platform=".count))) else {
            throw LoyaltyError.shop(.unknownCredential(place: "\(source) line 1", names: ["platform"]))
        }
        return try parse(lines.count > 1 ? String(lines[1]) : "", platform: platform, source: source)
    }

    /// The `NAME=VALUE` lines `parse` reads, with the platform first.
    public var text: String {
        (["platform=\(platform.rawValue)"] + Self.names(for: platform).map { "\($0)=\(values[$0] ?? "")" }).joined(separator: "\n") + "\n"
    }

    /// The secret the shop signs its webhooks with, as bytes.
    public var webhookSecret: [UInt8] { Array((values["webhook_secret"] ?? "").utf8) }
}
