import LoyaltyCore
import LoyaltyText

/// The dashboard's wording of an error: a refusal's sentence with the dashboard's own hint where one
/// helps (never a command line: the person is in the dashboard), anything else as it describes itself.
enum DashboardErrorWording {
    /// The text a status line or a form shows for `error`, in `words`' language.
    static func text(_ error: any Error, _ words: Localizer = .english) -> String {
        if let field = error as? FieldRefusal { return words.text("{label}: {reason}", ["label": .text(field.label), "reason": .sentence(field.reason)]) }
        if let reading = error as? ReadingRefusal { return words.words(reading.sentence) }
        guard let refusal = error as? LoyaltyError else { return "\(error)" }
        return words.words(refusal.sentence) + (hint(for: refusal).map(words.words) ?? "")
    }

    /// What the person can do in the dashboard after `error`, as a sentence that starts with its
    /// joining words, or nil.
    static func hint(for error: LoyaltyError) -> Sentence? {
        switch error {
        case .access(.viewerMayOnlyLook): return Sentence("; an owner can change that")
        case .member(.alreadyInProgramme): return Sentence("; press / to find them")
        case .redeeming(.needsOrderTotal): return Sentence("; type it in Order total")
        case .redeeming(.noActiveReward): return Sentence("; add one in Rewards")
        default: return nil
        }
    }
}
