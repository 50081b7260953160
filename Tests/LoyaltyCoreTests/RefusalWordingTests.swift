import XCTest
import LoyaltyCore

/// Each typed refusal carries its values and reads as a whole English sentence; none names a command
/// line or a dashboard key (the front ends add those as hints).
final class RefusalWordingTests: XCTestCase {
    /// One of each refusal about balances, events, refunds, tiers, searches, forms and demos, with the
    /// English a person reads.
    let wordings: [(LoyaltyError, String)] = [
        (.balance(.pointsNotAboveZero(0)), "points must be a whole number above 0 (got 0)"),
        (.balance(.setBelowZero(-3)), "a balance cannot be set below zero (got -3)"),
        (.balance(.reasonRequired), "a reason is required for every manual change, e.g. in-store purchase"),
        (.balance(.badReason(maximum: 500)), "the reason must be at most 500 printable characters"),
        (.balance(.changedSinceSeen(who: "zoe@example.com", seen: 120, now: 80)),
         "zoe@example.com's balance changed from 120 to 80 since you looked (someone else changed it); nothing was changed: check the new balance and try again"),
        (.balance(.cannotRemove(who: "zoe@example.com", balance: 40, points: 50, pointsName: "Stars")),
         "zoe@example.com has 40 Stars; cannot remove 50 (a balance never goes below zero)"),
        (.balance(.alreadyHas(who: "zoe@example.com", points: 1, pointsName: "Stars")), "zoe@example.com already has 1 Star; nothing to change"),
        (.balance(.entryChangesNothing), "a ledger entry must change the balance"),
        (.event(.badID(maximumLength: 200)), "an event needs an id (e.g. the order number) of 1 to 200 printable characters"),
        (.event(.grantedByProgramme(.signup)),
         "signup points are awarded by the programme itself (when a member joins, or when a referred member's first order arrives)"),
        (.event(.orderNeedsSubtotal), "an order needs its subtotal"),
        (.event(.needsAmount(kind: .booking, points: 10, per: eur("1.00"))), "booking events need an amount to earn 10 per 1.00 EUR"),
        (.event(.amountInOtherCurrency(amount: "USD", programme: "EUR")), "the amount is in USD but the programme counts in EUR; nothing was recorded"),
        (.event(.negativeAmount(eur("-5.00"))), "an amount cannot be negative (got -5.00)"),
        (.event(.wouldEarnTooMuch(points: 2_000_000_000, pointsName: "Stars", limit: 1_000_000_000)),
         "this event would earn 2,000,000,000 Stars, more than one change may give (1,000,000,000); check the amount and the way to earn"),
        (.event(.recordedWithOtherDetails(key: "order:1042", recorded: "amount=10.00 EUR", now: "amount=12.00 EUR")),
         "order:1042 was recorded before with different details (amount=10.00 EUR; now amount=12.00 EUR); nothing was changed. Use a new id for a new event"),
        (.refund(.badRefundID(maximumLength: 200)), "the refund id must be 1 to 200 printable characters (no control characters)"),
        (.refund(.noSuchOrder("1042")), "no order 1042 was recorded; nothing to refund"),
        (.refund(.partialNeedsRefundID),
         "a partial refund needs its own refund id (the shop's refund number), so a second partial refund is not mistaken for the first"),
        (.refund(.inOtherCurrency(refund: "USD", programme: "EUR")), "the refund is in USD but the programme counts in EUR"),
        (.refund(.amountNotAboveZero(eur("0.00"))), "a refund amount must be above 0 (got 0.00)"),
        (.tier(.noBaseTier), "the programme has no base tier (threshold 0)"),
        (.tier(.nameOrThresholdTaken(by: "Gold")), "tier \"Gold\" already has that name or threshold; each tier needs its own"),
        (.tier(.baseTierExists), "the base tier (threshold 0) exists already; edit it instead"),
        (.tier(.baseTierKeepsZero), "the base tier keeps threshold 0, and no other tier may have it"),
        (.tier(.baseTierNotDeletable), "the base tier cannot be deleted; rename it instead"),
        (.tier(.lowestTierForRewards(tier: "Gold", rewards: ["Free coffee", "Cake"])),
         "tier Gold is the lowest tier for \"Free coffee\", \"Cake\"; change or delete those rewards first, or they would open to everyone"),
        (.member(.noSearchMatch(text: "nobody", contains: true)), "no member's name or e-mail contains \"nobody\""),
        (.member(.noSearchMatch(text: "no", contains: false)), "no member's name or e-mail starts with \"no\""),
        (.file(.importChanged(file: "orders.csv", checkedRows: 10, appliedRows: 12)),
         "orders.csv changed while it was being imported (10 rows when checked, 12 when applied); nothing was imported. Import it again once it is complete."),
        (.rule(.noneNamed(known: ["order", "review"])), "name at least one, from: order, review"),
        (.rule(.noSuchName("visit", known: ["order", "review"])), "no way to earn called \"visit\"; use one of: order, review"),
        (.reward(.needsAmount(salePrice: false)), "amount off needs an amount, e.g. 5.00"),
        (.reward(.needsAmount(salePrice: true)), "a sale price needs an amount, e.g. 5.00"),
        (.reward(.percentOffNotWhole("ten")), "percent off needs a whole number from 1 to 100, e.g. 10 (got \"ten\")"),
        (.redeeming(.noActiveReward), "there is no active reward to redeem"),
        (.input(.notADate(text: "24/12")), "\"24/12\" is not a date; write it as YYYY-MM-DD, e.g. 2025-12-24"),
        (.input(.notAPercentage(text: "half")), "\"half\" is not a percentage such as 50%"),
        (.input(.inField(label: "From", reason: .input(.notADate(text: "24/12")))),
         "From: \"24/12\" is not a date; write it as YYYY-MM-DD, e.g. 2025-12-24"),
        (.demo(.sizeOutOfRange(maximumMembers: 10_000_000, maximumOrdersPerMember: 1_000)),
         "demo members must be 0 to 10,000,000, days at least 1 and orders per member 0 to 1,000"),
        (.demo(.draftHasMembers), "a draft demo has no members: nothing is earned before the programme launches"),
        (.demo(.databaseNotEmpty), "a demo needs a new, empty database; this one already holds a programme"),
    ]

    func testEachRefusalReadsAsItsSentence() {
        for (error, english) in wordings { XCTAssertEqual(error.description, english) }
    }

    func testNoRefusalNamesACommandOrAnOption() {
        for (error, _) in wordings {
            XCTAssertFalse(error.description.contains("`"), error.description)
            XCTAssertFalse(error.description.contains("--"), error.description)
            XCTAssertFalse(error.description.contains("press "), error.description)
        }
    }

    func testTheValuesStayTypedForEachFrontEndToFormat() {
        let removal = LoyaltyError.balance(.cannotRemove(who: "zoe@example.com", balance: -5, points: 50, pointsName: "Stars"))
        XCTAssertEqual(removal.category, .refused)
        XCTAssertEqual(removal.sentence.values["balance"], .points(0, named: "Stars"))
        XCTAssertEqual(removal.sentence.values["points"], .integer(50))

        let inField = LoyaltyError.input(.inField(label: "To", reason: .input(.notADate(text: "soon"))))
        XCTAssertEqual(inField.category, .invalid)
        XCTAssertEqual(inField.sentence.template, "{label}: {reason}")
        XCTAssertEqual(inField.sentence.values["label"], .text("To"))
        XCTAssertEqual(inField.sentence.values["reason"], .sentence(LoyaltyError.input(.notADate(text: "soon")).sentence))

        XCTAssertEqual(LoyaltyError.event(.recordedWithOtherDetails(key: "order:1", recorded: "a", now: "b")).category, .conflict)
        XCTAssertEqual(LoyaltyError.refund(.noSuchOrder("1")).category, .notFound)
        XCTAssertEqual(LoyaltyError.tier(.lowestTierForRewards(tier: "Gold", rewards: ["Cake"])).sentence.values["rewards"], .list(["\"Cake\""]))
    }

    func testAnEventIDsProblemIsTheEventRefusalsWording() {
        XCTAssertEqual(ExternalID.problem(""), LoyaltyError.event(.badID(maximumLength: ExternalID.maxLength)).description)
        XCTAssertNil(ExternalID.problem("1042"))
    }
}
