/// The domain's values as sentences name them: each is a `SentenceValue.word` under a context
/// saying what the name is, so that a language words it ("active" → "actief") while English
/// keeps the name the CLI takes. The catalogs hold one message per name and context.
extension ProgramStatus {
    /// "the programme is already {status}".
    public var word: SentenceValue { .word(rawValue, context: "programme status") }
}

extension MemberStatus {
    /// "{email} is {status}": "a member", "a visitor", "pending".
    public var word: SentenceValue { .word(phrase, context: "member status") }
}

extension Role {
    /// "{user} is already {role}".
    public var word: SentenceValue { .word(rawValue, context: "role") }
}

extension CouponState {
    /// "coupon {code} is {state}".
    public var word: SentenceValue { .word(rawValue, context: "coupon state") }
}

extension EarningKind {
    /// "there is no {kind} way to earn".
    public var word: SentenceValue { .word(rawValue, context: "way to earn") }
}

extension EmailTrigger {
    /// "the {trigger} e-mail is missing".
    public var word: SentenceValue { .word(rawValue, context: "automatic e-mail") }
}
