/// A `Plural-Forms` header: how many forms a message has (`nplurals`) and the C expression of `n`
/// that picks one (`plural`), e.g. `nplurals=2; plural=(n != 1);`. The expression is parsed once
/// into a tree: the operators gettext allows (`?:`, `||`, `&&`, `==`, `!=`, `<`, `>`, `<=`, `>=`,
/// `+`, `-`, `*`, `/`, `%`, `!`), parentheses, `n` and whole numbers, with C's precedence.
public struct PluralRule: Sendable, Equatable {
    /// nplurals: how many forms each plural message has.
    public let count: Int
    private let expression: PluralExpression

    /// English's rule, used when a catalog has no Plural-Forms: "1 member", "2 members".
    public static let english = PluralRule(count: 2, expression: .binary(.notEqual, .n, .number(1)))

    private init(count: Int, expression: PluralExpression) {
        self.count = count
        self.expression = expression
    }

    /// Reads `nplurals=N; plural=EXPRESSION;` (in either order; the final ";" is optional).
    public init(header: String) throws {
        var count: Int?, expression: PluralExpression?
        for part in header.split(separator: ";") where !part.trimmed.isEmpty {
            guard let equals = part.firstIndex(of: "=") else { throw PluralRuleError("\"\(part.trimmed)\" is not name=value") }
            let name = part[..<equals].trimmed, value = String(part[part.index(after: equals)...])
            switch name {
            case "nplurals":
                guard let number = Int(value.trimmed), (1...6).contains(number) else { throw PluralRuleError("nplurals must be 1 to 6") }
                count = number
            case "plural":
                var parser = try PluralExpressionParser(value)
                expression = try parser.parse()
            default: throw PluralRuleError("\"\(name)\" is neither nplurals nor plural")
            }
        }
        guard let count else { throw PluralRuleError("nplurals is missing") }
        guard let expression else { throw PluralRuleError("plural is missing") }
        self.init(count: count, expression: expression)
    }

    /// The form for `n`: msgstr[form]. A result past the last form means the first, as in gettext.
    public func form(for n: UInt64) -> Int {
        let value = expression.value(n)
        return value < UInt64(count) ? Int(value) : 0
    }

    /// The form for a signed count, chosen by its size (−1 reads as 1).
    public func form(for count: Int64) -> Int { form(for: count.magnitude) }
}

/// Why a Plural-Forms header could not be read.
public struct PluralRuleError: Error, Equatable {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// The tree of a plural expression, evaluated with unsigned arithmetic as gettext does.
indirect enum PluralExpression: Sendable, Equatable {
    case n
    case number(UInt64)
    case not(PluralExpression)
    case binary(PluralOperator, PluralExpression, PluralExpression)
    case choice(PluralExpression, PluralExpression, PluralExpression)

    func value(_ n: UInt64) -> UInt64 {
        switch self {
        case .n: return n
        case .number(let number): return number
        case .not(let operand): return operand.value(n) == 0 ? 1 : 0
        case .choice(let condition, let then, let otherwise): return condition.value(n) != 0 ? then.value(n) : otherwise.value(n)
        case .binary(let op, let left, let right):
            let a = left.value(n)
            if op == .or { return a != 0 ? 1 : (right.value(n) != 0 ? 1 : 0) }
            if op == .and { return a == 0 ? 0 : (right.value(n) != 0 ? 1 : 0) }
            return op.apply(a, right.value(n))
        }
    }
}

/// A binary operator of a plural expression.
enum PluralOperator: String, Sendable, Equatable {
    case or = "||", and = "&&", equal = "==", notEqual = "!=", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case plus = "+", minus = "-", times = "*", divided = "/", remainder = "%"

    func apply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        switch self {
        case .or: return a != 0 || b != 0 ? 1 : 0
        case .and: return a != 0 && b != 0 ? 1 : 0
        case .equal: return a == b ? 1 : 0
        case .notEqual: return a != b ? 1 : 0
        case .less: return a < b ? 1 : 0
        case .greater: return a > b ? 1 : 0
        case .lessOrEqual: return a <= b ? 1 : 0
        case .greaterOrEqual: return a >= b ? 1 : 0
        case .plus: return a &+ b
        case .minus: return a &- b
        case .times: return a &* b
        case .divided: return b == 0 ? 0 : a / b       // never a crash on a translator's slip
        case .remainder: return b == 0 ? 0 : a % b
        }
    }
}
