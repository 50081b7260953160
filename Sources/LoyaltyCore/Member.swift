import Foundation

/// Whether a person is a signed-up member, a visitor who earned without joining, or awaiting approval.
/// Anyone can earn; only members can redeem.
public enum MemberStatus: String, CaseIterable, Sendable, Codable {
    case member, visitor, pending

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// Contact details of a person as entered or imported.
public struct MemberDetails: Equatable, Sendable {
    public var name: String
    public var email: String
    public var phone: String?
    /// "YYYY-MM-DD" or "MM-DD".
    public var birthday: String?

    public init(name: String, email: String, phone: String? = nil, birthday: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
        self.birthday = birthday
    }

    /// Trims and checks every field; names keep any script (Zoë, שלום, 山田) but no control characters.
    public func validated() throws -> MemberDetails {
        let email = try Self.validateEmail(self.email)
        var name = try Self.validateName(self.name)
        if name.isEmpty { name = String(email.prefix { $0 != "@" }) }
        let phone = try self.phone.flatMap(Self.validatePhone)
        let birthday = try self.birthday.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : try Self.validateBirthday($0) }
        return MemberDetails(name: name, email: email, phone: phone, birthday: birthday)
    }

    /// A phone number trimmed (nil when empty): at most 40 digits, spaces and + - ( ) .
    public static func validatePhone(_ raw: String) throws -> String? {
        let phone = raw.trimmingWhitespace()
        if phone.isEmpty { return nil }
        guard phone.count <= 40, phone.allSatisfy({ $0.isNumber || " +-().".contains($0) }) else {
            throw LoyaltyError.member(.badPhone(phone))
        }
        return phone
    }

    /// A name trimmed (possibly empty: the caller fills it in), in any script but at most 200
    /// printable characters, with no control characters.
    public static func validateName(_ raw: String) throws -> String {
        let name = raw.trimmingWhitespace()
        guard name.count <= 200, !name.containsControlCharacters else {
            throw LoyaltyError.member(.badName)
        }
        return name
    }

    /// An e-mail address, trimmed, that can only ever be one recipient: one `@`; before it letters,
    /// digits, `.` and ``! # $ % & ' * + - / = ? ^ _ ` { | } ~``; after it a domain of letters, digits and
    /// `-` in labels separated by single dots (at least two labels). Letters of any script are allowed
    /// (zoë@exämple.com); spaces, control characters and the characters that separate or quote
    /// addresses in a header (`< > , ; : " ( ) [ ] \`) are not, so no address can add a second one.
    public static func validateEmail(_ raw: String) throws -> String {
        switch checkPlainASCIIEmail(raw) {
        case .valid(let email): return email
        case .invalid: throw LoyaltyError.member(.notAnEmail(raw))
        case .notPlainASCII: break
        }
        let email = raw.trimmingWhitespace()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty,
              parts[0].unicodeScalars.allSatisfy({ $0.isASCII ? EmailCharacters.local.contains(UInt8($0.value)) : EmailCharacters.isLetterOrMark($0) }),
              EmailCharacters.isDomain(parts[1].unicodeScalars.map { $0.isASCII ? UInt8($0.value) : nil }, isOtherScalarAllowed: parts[1].unicodeScalars
                  .filter { !$0.isASCII }.allSatisfy(EmailCharacters.isLetterOrMark)) else {
            throw LoyaltyError.member(.notAnEmail(raw))
        }
        return email
    }

    private enum PlainASCIIVerdict { case valid(String), invalid, notPlainASCII }

    /// `validateEmail`'s checks made on the bytes of an address that is ASCII without line breaks
    /// (nearly every address; an import checks a million), where a character is a byte. Any other
    /// text is left to the general checks.
    private static func checkPlainASCIIEmail(_ raw: String) -> PlainASCIIVerdict {
        raw.utf8.withContiguousStorageIfAvailable { utf8 -> PlainASCIIVerdict in
            guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else { return .notPlainASCII }
            var start = 0, end = utf8.count
            while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start += 1 }
            while end > start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x09 { end -= 1 }
            let email = UnsafeBufferPointer(rebasing: utf8[start..<end])
            guard email.count <= 254, let at = email.firstIndex(of: UInt8(ascii: "@")), at > 0,
                  email[..<at].allSatisfy(EmailCharacters.local.contains),
                  EmailCharacters.isDomain(email[(at + 1)...].map { $0 }, isOtherScalarAllowed: true) else { return .invalid }
            return .valid(email.count == utf8.count ? raw : String(decoding: email, as: UTF8.self))
        } ?? .notPlainASCII
    }

    /// "YYYY-MM-DD" or "MM-DD" with a real month and day.
    public static func validateBirthday(_ text: String) throws -> String {
        let parts = text.split(separator: "-").map(String.init)
        let numbers = parts.compactMap { Int($0) }
        let valid: Bool
        switch (parts.count, numbers.count) {
        case (3, 3): valid = parts[0].count == 4 && (1...12).contains(numbers[1]) && (1...31).contains(numbers[2])
        case (2, 2): valid = (1...12).contains(numbers[0]) && (1...31).contains(numbers[1])
        default: valid = false
        }
        guard valid else { throw LoyaltyError.member(.badBirthday(text)) }
        return text
    }
}

/// The characters of an e-mail address `validateEmail` accepts.
private enum EmailCharacters {
    /// The ASCII bytes allowed before the `@`: RFC 5322's atext and the dot.
    static let local = ByteClass("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+-/=?^_`{|}~")
    /// The ASCII bytes allowed in a domain label.
    static let label = ByteClass("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

    /// A set of ASCII bytes as a table, so an import's million addresses are checked a byte at a time cheaply.
    struct ByteClass: Sendable {
        private let members: [Bool]
        init(_ characters: String) {
            var members = [Bool](repeating: false, count: 128)
            for byte in characters.utf8 { members[Int(byte)] = true }
            self.members = members
        }
        func contains(_ byte: UInt8) -> Bool { byte < 128 && members[Int(byte)] }
    }

    /// A letter, digit or combining mark of any script (not a space, symbol, control or format character).
    static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
            || scalar.properties.generalCategory == .spacingMark
    }

    /// True for a domain of two or more non-empty labels separated by dots, given as ASCII bytes
    /// (nil for a non-ASCII scalar, allowed when `isOtherScalarAllowed`).
    static func isDomain<C: Collection>(_ bytes: C, isOtherScalarAllowed: Bool) -> Bool where C.Element == UInt8? {
        var labels = 1, labelLength = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: ".")?:
                guard labelLength > 0 else { return false }
                labels += 1
                labelLength = 0
            case let byte?:
                guard label.contains(byte) else { return false }
                labelLength += 1
            case nil:
                guard isOtherScalarAllowed else { return false }
                labelLength += 1
            }
        }
        return labels >= 2 && labelLength > 0
    }

    static func isDomain<C: Collection>(_ bytes: C, isOtherScalarAllowed: Bool) -> Bool where C.Element == UInt8 {
        isDomain(bytes.lazy.map { Optional($0) }, isOtherScalarAllowed: isOtherScalarAllowed)
    }
}

/// Referral codes: 8 characters from the coupon alphabet, e.g. "K7M2QXPA".
public enum ReferralCode {
    /// A code drawn uniformly from all 31⁸ with one number from `generator` (its 8 digits in base 31),
    /// so the system's generator is asked once, not once per character.
    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let alphabet = CouponCode.alphabet, base = UInt64(alphabet.count)
        var value = generator.next(upperBound: (0..<8).reduce(UInt64(1)) { product, _ in product * base })
        return String((0..<8).map { _ in
            defer { value /= base }
            return alphabet[Int(value % base)]
        })
    }
}

/// A person in the programme as the dashboard and CLI show them.
public struct Member: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var details: MemberDetails
    public var status: MemberStatus
    public var tierID: Int64
    public var tierName: String
    public var balance: Points
    /// Points ever earned or given.
    public var earnedTotal: Points
    /// Points ever spent on rewards.
    public var redeemedTotal: Points
    public var referralCode: String
    public var referredBy: Int64?
    public var joined: Date
    public var lastActivity: Date?
    /// The random token naming the member's My Rewards page (`members/<token>.html`): unlike the
    /// referral code, which members share on purpose, nobody can guess it.
    public var pageToken: String
    /// Whether they agreed to marketing e-mails: true, false (opted out), or nil when not known.
    public var acceptsMarketing: Bool?

    public init(id: Int64, details: MemberDetails, status: MemberStatus, tierID: Int64, tierName: String, balance: Points,
                earnedTotal: Points, redeemedTotal: Points, referralCode: String, referredBy: Int64?, joined: Date, lastActivity: Date?,
                pageToken: String = "", acceptsMarketing: Bool? = nil) {
        self.id = id
        self.details = details
        self.status = status
        self.tierID = tierID
        self.tierName = tierName
        self.balance = balance
        self.earnedTotal = earnedTotal
        self.redeemedTotal = redeemedTotal
        self.referralCode = referralCode
        self.referredBy = referredBy
        self.joined = joined
        self.lastActivity = lastActivity
        self.pageToken = pageToken
        self.acceptsMarketing = acceptsMarketing
    }

    /// The member's My Rewards page within a `page export` directory.
    public var pagePath: String { "members/\(pageToken).html" }

    public var name: String { details.name }
    public var email: String { details.email }
}

extension MemberStatus {
    /// "1 member", "3 visitors", "2 pending": a count of people with this status.
    public func counted(_ count: Int64, formatted: String? = nil) -> String {
        let number = formatted ?? String(count)
        return self == .pending || count == 1 ? "\(number) \(rawValue)" : "\(number) \(rawValue)s"
    }
}
