/// The life of a coupon: issued, then used, voided or expired. The change is one way only.
public enum CouponState: String, CaseIterable, Sendable, Codable {
    case issued, used, voided, expired

    /// Whether a coupon in this state may move to `next`.
    public func canMove(to next: CouponState) -> Bool { self == .issued && next != .issued }
}

/// Coupon codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L).
public enum CouponCode {
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    public static let length = 12

    /// A new code drawn from `generator` (the system CSPRNG unless a test passes another).
    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    /// A new code from the system's cryptographically secure generator.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// The code as stored: upper case, without spaces or dashes people may type.
    public static func normalize(_ code: String) -> String {
        code.uppercased().filter { $0 != " " && $0 != "-" }
    }
}
