/// Recursive descent over a plural expression, one function per C precedence level:
/// `?:` < `||` < `&&` < `== !=` < `< > <= >=` < `+ -` < `* / %` < `!` < `n`, numbers, `( )`.
struct PluralExpressionParser {
    private var tokens: [String]
    private var position = 0

    init(_ text: String) throws {
        tokens = try Self.tokens(of: text)
    }

    mutating func parse() throws -> PluralExpression {
        guard !tokens.isEmpty else { throw PluralRuleError("the plural expression is empty") }
        let expression = try choice()
        guard position == tokens.count else { throw PluralRuleError("unexpected \"\(tokens[position])\"") }
        return expression
    }

    private var next: String? { position < tokens.count ? tokens[position] : nil }

    private mutating func take(_ token: String) -> Bool {
        guard next == token else { return false }
        position += 1
        return true
    }

    private mutating func choice() throws -> PluralExpression {
        let condition = try binary(level: 0)
        guard take("?") else { return condition }
        let then = try choice()
        guard take(":") else { throw PluralRuleError("\"?\" without its \":\"") }
        return .choice(condition, then, try choice())
    }

    private static let levels: [[PluralOperator]] = [
        [.or], [.and], [.equal, .notEqual], [.less, .greater, .lessOrEqual, .greaterOrEqual], [.plus, .minus], [.times, .divided, .remainder],
    ]

    /// Left-associative operators of `levels[level]`, whose operands bind tighter.
    private mutating func binary(level: Int) throws -> PluralExpression {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        while let token = next, let op = Self.levels[level].first(where: { $0.rawValue == token }) {
            position += 1
            left = .binary(op, left, try binary(level: level + 1))
        }
        return left
    }

    private mutating func unary() throws -> PluralExpression {
        if take("!") { return .not(try unary()) }
        if take("n") { return .n }
        if take("(") {
            let inner = try choice()
            guard take(")") else { throw PluralRuleError("\"(\" without its \")\"") }
            return inner
        }
        guard let token = next else { throw PluralRuleError("the expression ends too early") }
        guard let number = UInt64(token) else { throw PluralRuleError("unexpected \"\(token)\"") }
        position += 1
        return .number(number)
    }

    private static let symbols = ["||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "!", "?", ":", "(", ")"]

    private static func tokens(of text: String) throws -> [String] {
        var tokens: [String] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first == " " || first == "\t" || first == "\n" { rest = rest.dropFirst(); continue }
            if first.isASCII, first.isNumber {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                tokens.append(String(digits))
                rest = rest.dropFirst(digits.count)
            } else if first == "n" {
                tokens.append("n")
                rest = rest.dropFirst()
            } else if let symbol = symbols.first(where: { rest.hasPrefix($0) }) {
                tokens.append(symbol)
                rest = rest.dropFirst(symbol.count)
            } else {
                throw PluralRuleError("\"\(first)\" has no place in a plural expression")
            }
        }
        return tokens
    }
}
