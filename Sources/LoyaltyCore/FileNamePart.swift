/// A value from the database that becomes a file name, such as the referral code in a member's
/// page `members/<code>.html`. It must name a file inside its folder and nothing else: 1 to 64
/// ASCII letters, digits, `-` or `_` (so no `/`, no `..`, no hidden file, no control characters).
public enum FileNamePart {
    /// The longest value accepted.
    public static let maximumLength = 64

    /// Whether `value` can be used as (part of) a file name inside a folder.
    public static func isSafe(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count <= maximumLength
            && value.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
    }

    /// `value` itself, or an error naming `what` it is (e.g. the referral code of member 12) and why it cannot be a file name.
    public static func checked(_ value: String, what: FileNameOrigin) throws -> String {
        guard isSafe(value) else {
            throw LoyaltyError.input(.notAFileName(what: what, value: value, maximumLength: maximumLength))
        }
        return value
    }
}
