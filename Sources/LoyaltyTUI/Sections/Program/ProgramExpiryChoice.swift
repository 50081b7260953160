import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// The Program form's choice of whether expiry applies to the points already held, and the step
/// that says what saving will do before it is saved: the first Save of a change of expiry while
/// points are held shows the sentence with the real figures in the form (which stays open); Save
/// again with nothing edited saves it, any edit asks again.
enum ProgramExpiryChoice {
    static let heldToo = "points held too"
    static let newOnly = "new points only"

    /// The choice and the grace date, after the expiry field.
    static func fields(_ words: Localizer) -> [FormField] {
        var applies = FormField(key: "expiryApplies", label: words.text("Expiry applies to"), kind: .choice([newOnly, heldToo]), value: newOnly,
                                hint: words.text("when members hold points: ←/→ to choose"))
        applies.optionLabels = [words.text("new points only"), words.text("points held too")]
        applies.optionHints = [words.text("held points keep their date (or none); only points earned from now on expire"),
                               words.text("each held point expires the months above after it was earned, never before today or the grace date")]
        let grace = FormField(key: "expiryGrace", label: words.text("Grace date"), value: "",
                              hint: words.text("with points held too: none expires before this day, e.g. 2027-03-01 (empty: today)"))
        return [applies, grace]
    }

    /// The scope the form asks for, or nil when the form leaves expiry (and its choice) as it was.
    static func scope(_ form: FormState, months: Int?, calendar: Calendar, words: Localizer) throws -> ExpiryScope? {
        guard months != nil, form.changed("expiry") || form.changed("expiryApplies") || form.changed("expiryGrace") else { return nil }
        guard form["expiryApplies"] == heldToo else {
            if !form["expiryGrace"].isEmpty { throw LoyaltyError.program(.expiryGraceWithNewPointsOnly) }
            return .newPointsOnly
        }
        let grace = form["expiryGrace"].isEmpty ? nil
            : try FormParsing.value(words.text("Grace date")) { try CalendarDays(calendar: calendar, language: words.language).start(of: form["expiryGrace"]) }
        return .pointsHeld(graceUntil: grace)
    }

    /// True when the form must first show what saving does: points are held and the form does not
    /// show that sentence yet; it is then shown in `state`'s form, and nothing is saved.
    static func needsPreview(_ form: FormState, months: Int?, scope: ExpiryScope?, pointsName: String, state: inout AppState, store: Store) throws -> Bool {
        guard let months, let scope else { return false }
        let plan = try store.heldExpiryPlan(months: months, scope: scope)
        guard plan.heldPoints > 0 else { return false }
        let preview = HeldExpiryPreview.sentence(plan, pointsName: pointsName, calendar: store.calendar, state.words) + " "
            + state.words.text("Enter saves this; Esc cancels.")
        guard form.error != preview else { return false }
        var shown = form
        shown.error = preview
        state.modal = .form(shown)
        return true
    }
}
