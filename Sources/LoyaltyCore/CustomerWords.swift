/// Customer-facing sentences in the programme's customer language: the programme page, My Rewards,
/// what rewards and coupons give. Like the e-mails' defaults (`EmailTrigger.defaultTemplate(in:)`)
/// they are chosen by the programme's customer language, never by the language the owner works in,
/// so they live in Core beside the rules that build them, where the pages, the redemption (which
/// stores a coupon's description) and the outbox all reach them. Each is keyed by its English
/// template; `CustomerPhrases` holds the Dutch, French and Hebrew ones.
extension CustomerLanguage {
    /// `template` (English, with `{named}` placeholders) in this language, its values written as the
    /// language writes them: numbers grouped, money with its sign, points in the singular after 1.
    public func text(_ template: String, _ values: [String: SentenceValue] = [:]) -> String {
        let translated = self == .english ? template : CustomerPhrases.translation(of: template, in: self)
        assert(translated != nil, "no \(rawValue) customer phrase for \"\(template)\"")
        return Sentence(translated ?? template, values).filled(format)
    }

    /// A value in a customer sentence as this language writes it.
    public func format(_ value: SentenceValue) -> String {
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .grouped(let count): return number(count)
        case .amount(let money):
            return decimalMark == "." ? money.decimalString : money.decimalString.replacingOccurrences(of: ".", with: String(decimalMark))
        case .money(let money): return self.money(money)
        case .multiplier(let percent):
            let english = formatMultiplier(percent)
            return decimalMark == "." ? english : english.replacingOccurrences(of: ".", with: String(decimalMark))
        case .points(let points, let name): return self.points(points, named: name)
        case .sentence(let sentence): return text(sentence.template, sentence.values)
        default: return value.english   // a list, a moment: customer sentences pass these as text
        }
    }
}
