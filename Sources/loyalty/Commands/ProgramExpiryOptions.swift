import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText
import LoyaltyTUI

/// `loyalty program set`'s options that say whether expiry applies to the points already held
/// (`--expiry-applies held|new`, `--expiry-grace DATE`) and `--dry-run`, which says what it would do.
enum ProgramExpiryOptions {
    /// The words `--expiry-applies` takes.
    enum Applies: String, CaseIterable {
        case held, new
    }

    static let options = [
        Option("--expiry-applies", "held|new", "with --expiry-months N while members hold points: held (each held point then expires N months after it was earned, never before today) or new (only points earned from now on; held points keep their date, or none)"),
        Option("--expiry-grace", "DATE", "with --expiry-applies held: no held point expires before DATE (e.g. 2027-03-01); implies held"),
        Option("--dry-run", "say what the expiry change does to the points held, with the real figures, and change nothing"),
    ]

    static let names = options.map(\.name)

    /// The choice the options make for `months` (the parsed `--expiry-months`), or nil when none was given.
    static func scope(_ invocation: Invocation, months: Int??) throws -> ExpiryScope? {
        let applies = try invocation.string("--expiry-applies").map { try invocation.choice($0, "--expiry-applies", as: Applies.self) }
        let grace = try invocation.date("--expiry-grace")
        guard applies != nil || grace != nil else { return nil }
        guard case .some(.some) = months else {
            throw invocation.usage("\(applies == nil ? "--expiry-grace" : "--expiry-applies") says whether --expiry-months N applies to the points held; give --expiry-months N too")
        }
        if applies == .new {
            guard grace == nil else { throw invocation.usage("--expiry-grace goes with --expiry-applies held (points earned from now on need no grace date)") }
            return .newPointsOnly
        }
        return .pointsHeld(graceUntil: grace)
    }

    /// `--dry-run`: prints what switching expiry to `months` does to the points held (for each choice
    /// when none was made), then that nothing was changed.
    static func dryRun(_ store: Store, months: Int??, scope: ExpiryScope?, pointsName: String, _ words: Localizer) throws {
        let unchanged = words.text("Nothing was changed (--dry-run).")
        guard case .some(.some(let months)) = months else {
            Console.out(months == nil ? unchanged : words.text("Expiry off: points already held keep the date they have, or none.") + " " + unchanged)
            return
        }
        guard (1...120).contains(months) else { throw LoyaltyError.program(.expiryOutOfRange(months: months)) }
        let sentence = { (plan: HeldExpiryPlan) in HeldExpiryPreview.sentence(plan, pointsName: pointsName, calendar: store.calendar, words) }
        if let scope {
            Console.out(sentence(try store.heldExpiryPlan(months: months, scope: scope)))
        } else {
            let held = try store.heldExpiryPlan(months: months, scope: .pointsHeld(graceUntil: nil))
            if held.heldPoints == 0 {
                Console.out(sentence(held))
            } else {
                let new = try store.heldExpiryPlan(months: months, scope: .newPointsOnly)
                Console.out(words.text("With --expiry-applies held: {outcome}", ["outcome": .text(sentence(held))]))
                Console.out(words.text("With --expiry-applies new: {outcome}", ["outcome": .text(sentence(new))]))
            }
        }
        Console.out(unchanged)
    }
}
