import Foundation

/// Seeded command lines for `loyalty`: real commands and options with hostile values in their
/// places (plus now and then a jumble of words), as bytes, since a shell can pass any bytes but NUL.
struct FuzzArguments {
    var values: FuzzValues
    /// E-mails of members that exist, so some commands reach the store.
    let members: [String]

    init(seed: UInt64, members: [String]) {
        values = FuzzValues(seed: seed)
        self.members = members
    }

    /// One command line; `run` makes new e-mail addresses unique.
    mutating func next(_ run: Int) -> [[UInt8]] {
        let words = commandLine(run).map { $0.filter { $0 != 0 } }  // argv cannot hold NUL
        return values.random.chance(15) ? words + [Array("--json".utf8)] : words
    }

    private mutating func commandLine(_ run: Int) -> [[UInt8]] {
        func w(_ text: String) -> [UInt8] { Array(text.utf8) }
        switch values.random.below(18) {
        case 0: return [w("points"), w(values.pick(["give", "remove", "set"])), email(run), number(), w("--reason"), text()]
        case 1: return [w("member"), w("add"), w("--email"), email(run), w("--name"), text()] + optional("--phone") + optional("--birthday")
        case 2: return [w("member"), w("edit"), w(values.pick(members)), w(values.pick(["--name", "--phone", "--birthday", "--email"])), text()]
        case 3: return [w("member"), w(values.pick(["show", "activity", "export-data"])), email(run)]
        case 4: return [w("member"), w(values.pick(["find", "list"])), text(), w("--limit"), number()]
        case 5: return [w("event"), w("order"), w("--email"), email(run), w("--order"), text(), w("--subtotal"), number(), w("--paid")] + optional("--name")
        case 6: return [w("event"), w(values.pick(["review", "custom", "booking", "newsletter", "signup"])), w("--email"), email(run), w("--id"), text()]
            + optional("--action") + optional("--amount")
        case 7: return [w("refund"), w("--order"), text()] + optional("--amount") + optional("--refund-id")
        case 8: return [w("redeem"), email(run), w("--reward"), number()] + optional("--order-total") + optional("--points")
        case 9: return [w("rule"), w("add"), text(), w("--points"), number()] + optional("--per") + optional("--name") + optional("--max-per-day")
        case 10: return [w("reward"), w("add"), w("--name"), text(), w("--cost"), number(), w(values.pick(["--amount-off", "--percent-off", "--free-product"])), number()]
        case 11: return [w("tier"), w("add"), w("--name"), text(), w("--threshold"), number(), w("--multiplier"), text()]
        case 12: return [w("campaign"), w("add"), w("--name"), text(), w("--multiplier"), text(), w("--rules"), text(), w("--from"), text(), w("--to"), text()]
        case 13: return [w("program"), w("set"), w(values.pick(["--name", "--points-name", "--icon", "--currency", "--expiry-months", "--tier-window-months"])), text()]
        case 14: return [w("coupon"), w(values.pick(["use", "void"])), text()]
        case 15: return [w("email"), w("edit"), w(values.pick(["welcome", "points_earned", "coupon_issued"])), w(values.pick(["--subject", "--body"])), text()]
        case 16: return [w("email"), w("preview"), text(), w("--member"), email(run)]
        default: return (0...values.random.below(5)).map { _ in values.random.chance(50) ? w(values.pick(["points", "member", "--db", "--help", "-h", "--", "give", "add", "--name", "--limit"])) : values.any() }
        }
    }

    /// Mostly a member's e-mail or a new one; sometimes anything.
    private mutating func email(_ run: Int) -> [UInt8] {
        switch values.random.below(4) {
        case 0: return Array(values.pick(members).utf8)
        case 1: return Array("new\(run)@example.com".utf8)
        case 2: return Array(values.pick(FuzzValues.emails).utf8)
        default: return values.any()
        }
    }

    private mutating func number() -> [UInt8] { values.random.chance(60) ? Array(values.pick(FuzzValues.numbers).utf8) : values.any() }

    private mutating func text() -> [UInt8] { values.random.chance(60) ? Array(values.pick(FuzzValues.texts).utf8) : values.any() }

    /// `[option, value]` half of the time.
    private mutating func optional(_ option: String) -> [[UInt8]] { values.random.chance(50) ? [Array(option.utf8), text()] : [] }
}
