/// A refusal whose English sentence is still built where it is thrown, as every refusal was before
/// refusals became typed. Kept only until the remaining throw sites are converted to their area's
/// typed refusal; then this file is removed. Write no new code with it.
public struct UntypedRefusal: Refusal, Equatable {
    public let category: RefusalCategory
    /// The finished English sentence (it cannot be translated or reworded by a front end).
    public let message: String

    public var sentence: Sentence { Sentence(message) }
}

extension LoyaltyError {
    /// Untyped: input that is not acceptable. Use a typed refusal instead.
    public static func invalid(_ message: String) -> LoyaltyError { .untyped(UntypedRefusal(category: .invalid, message: message)) }
    /// Untyped: a valid request that the rules refuse. Use a typed refusal instead.
    public static func refused(_ message: String) -> LoyaltyError { .untyped(UntypedRefusal(category: .refused, message: message)) }
    /// Untyped: something named that does not exist. Use a typed refusal instead.
    public static func notFound(_ message: String) -> LoyaltyError { .untyped(UntypedRefusal(category: .notFound, message: message)) }
    /// Untyped: a conflict with what was recorded. Use a typed refusal instead.
    public static func conflict(_ message: String) -> LoyaltyError { .untyped(UntypedRefusal(category: .conflict, message: message)) }
}
