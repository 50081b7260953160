import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The programme's customer language: the e-mails members get, the points name until the owner
/// names them, and programmes made before the setting existed.
final class CustomerLanguageTests: XCTestCase {
    func testANewProgrammeSpeaksEnglishAndUnnamedPointsTakeTheLanguagesWord() throws {
        let store = try Store.inMemory(actor: "tester")
        XCTAssertEqual(try store.program().customerLanguage, .english)
        XCTAssertEqual(try store.program().pointsName, "Points")
        for (language, word) in [(CustomerLanguage.dutch, "Punten"), (.hebrew, "נקודות"), (.french, "Points"), (.english, "Points")] {
            let program = try store.updateProgram(ProgramUpdate(customerLanguage: language))
            XCTAssertEqual(program.customerLanguage, language)
            XCTAssertEqual(try store.program().pointsName, word, "\(language)")
        }
        try store.updateProgram(ProgramUpdate(pointsName: "Stars"))
        try store.updateProgram(ProgramUpdate(customerLanguage: .dutch))
        XCTAssertEqual(try store.program().pointsName, "Stars", "points the owner named keep their name in every language")
    }

    func testTheWelcomeEmailIsWrittenInTheCustomerLanguageUnlessTheOwnerRewroteIt() throws {
        let shop = try Shop()
        try shop.store.setEmailActive(.welcome, true)
        _ = try shop.store.setEmailActive(.pointsEarned, true)
        let edited = EmailTemplate(subject: "Thanks for your order, {name}", body: "You now have {balance} {points_name}.\n")
        try shop.store.editEmail(.pointsEarned, template: edited)
        try shop.store.updateProgram(ProgramUpdate(customerLanguage: .hebrew))

        let automations = Dictionary(uniqueKeysWithValues: try shop.store.emailAutomations().map { ($0.trigger, $0.template) })
        XCTAssertEqual(automations[.welcome], EmailTrigger.welcome.defaultTemplate(in: .hebrew))
        XCTAssertEqual(automations[.pointsEarned], edited, "an e-mail the owner wrote stays as written")
        try shop.member("dana@example.com")
        let welcome = try XCTUnwrap(try shop.store.outbox().first { $0.trigger == .welcome })
        XCTAssertEqual(welcome.subject, "ברוכים הבאים לCafé Zoë, Dana!")
        XCTAssertTrue(welcome.body.hasPrefix("שלום Dana,\n\nהצטרפתם לCafé Zoë."), welcome.body)

        try shop.store.updateProgram(ProgramUpdate(customerLanguage: .french))
        let french = try XCTUnwrap(try shop.store.emailAutomations().first { $0.trigger == .welcome })
        XCTAssertEqual(french.template.subject, "Bienvenue dans {program}, {name} !", "a default follows the language again")
    }

    func testPointsInEmailsAreWrittenAsTheCustomerLanguageWritesNumbers() throws {
        let shop = try Shop()
        _ = try shop.store.setEmailActive(.pointsEarned, true)
        try shop.member("dana@example.com")
        for (index, (language, subject)) in [(CustomerLanguage.dutch, "Je hebt 1.250 Stars verdiend"),
                                             (.french, "Vous avez gagné 1\u{202F}250 Stars"),
                                             (.hebrew, "צברתם 1,250 Stars"), (.english, "You earned 1,250 Stars")].enumerated() {
            try shop.store.updateProgram(ProgramUpdate(customerLanguage: language))
            _ = try shop.store.order("o\(index)", "dana@example.com", "125.00")
            let earned = try shop.store.outbox(oldestFirst: true).filter { $0.trigger == .pointsEarned }
            XCTAssertEqual(earned.count, index + 1, "\(language)")
            let mail = try XCTUnwrap(earned.last)
            XCTAssertEqual(mail.subject, subject)
        }
    }

    func testOnePointInAnEmailTakesTheSingularOfTheLanguagesPointsName() throws {
        let expected: [(CustomerLanguage, [String])] = [
            (.english, ["You earned 1 Point", "You earned 2 Points"]), (.dutch, ["Je hebt 1 Punt verdiend", "Je hebt 2 Punten verdiend"]),
            (.french, ["Vous avez gagné 1 Point", "Vous avez gagné 2 Points"]), (.hebrew, ["צברתם נקודה אחת", "צברתם 2 נקודות"]),
        ]
        for (language, subjects) in expected {
            let store = try Store.inMemory(actor: "tester")
            try store.updateProgram(ProgramUpdate(name: "Café Zoë", customerLanguage: language))
            _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 1, per: eur("10"))))
            _ = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(eur("5"))))))
            try store.launch()
            _ = try store.setEmailActive(.welcome, true)
            _ = try store.setEmailActive(.pointsEarned, true)
            try store.addMember(MemberDetails(name: "Dana", email: "dana@example.com"), status: .member)
            _ = try store.order("o1", "dana@example.com", "10")
            _ = try store.order("o2", "dana@example.com", "20")
            let mails = try store.outbox(oldestFirst: true)
            XCTAssertEqual(mails.filter { $0.trigger == .pointsEarned }.map(\.subject), subjects, "\(language)")
            if language == .french {
                XCTAssertTrue(mails[0].body.contains("Vous commencez avec 0 Point."), "French counts 0 in the singular: \(mails[0].body)")
            }
        }
    }

    func testExpiryRemindersWriteTheDayAsTheCustomerLanguageDoes() throws {
        let expected: [(CustomerLanguage, String, String)] = [
            (.english, "100 Stars expire on 1 February 2025", "100 Stars expire on 15 January 2025"),
            (.dutch, "100 Stars vervallen op 1 februari 2025", "100 Stars vervallen op 15 januari 2025"),
            (.french, "100 Stars expirent le 1er février 2025", "100 Stars expirent le 15 janvier 2025"),
            (.hebrew, "100 Stars יפוגו ב-1 בפברואר 2025", "100 Stars יפוגו ב-15 בינואר 2025"),
        ]
        for (language, subject, preview) in expected {
            let shop = try Shop(expiryMonths: 1)
            try shop.store.updateProgram(ProgramUpdate(customerLanguage: language))
            _ = try shop.store.setEmailActive(.pointsExpiring, true)
            let zoe = try shop.member("zoe@example.com")
            try shop.store.order("1", "zoe@example.com", "10")
            XCTAssertEqual(try shop.store.previewEmail(.pointsExpiring, memberID: zoe.id).subject, preview, "the preview's day is two weeks on")
            shop.store.setClock(day(18))
            XCTAssertEqual(try shop.store.runDailyJob().reminders, 1)
            XCTAssertEqual(try shop.store.outbox().first { $0.trigger == .pointsExpiring }?.subject, subject)
        }
    }

    func testEnglishEmailsWriteMoneyAndNumbersOneWay() throws {
        let shop = try Shop()
        _ = try shop.store.setEmailActive(.couponIssued, true)
        _ = try shop.store.setEmailActive(.pointsEarned, true)
        _ = try shop.store.editEmail(.couponIssued, template: EmailTemplate(subject: "Your coupon: {coupon}", body: "{reward}; {balance} {points_name} left\n"))
        try shop.member("zoe@example.com")
        _ = try shop.store.order("1", "zoe@example.com", "125.00")
        _ = try shop.store.addReward(Reward(name: "", kind: .fixed(FixedReward(cost: 10, discount: .amountOff(eur("1250"))))))
        let coupon = try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: shop.fiveOff.id, orderRef: nil))
        XCTAssertEqual(coupon.description, "€5.00 off")
        let mails = try shop.store.outbox(oldestFirst: true)
        XCTAssertEqual(mails.first { $0.trigger == .pointsEarned }?.subject, "You earned 1,250 Stars")
        XCTAssertEqual(mails.first { $0.trigger == .couponIssued }?.body, "€5 off; 1,150 Stars left\n")
        XCTAssertEqual(try shop.store.rewards().last?.name, "€1,250.00 off")
    }

    func testCouponsAndUnnamedRewardsAreWordedInTheCustomerLanguage() throws {
        let shop = try Shop()
        try shop.store.updateProgram(ProgramUpdate(customerLanguage: .dutch))
        let percent = try shop.store.addReward(Reward(name: "  ", kind: .fixed(FixedReward(cost: 100, discount: .percentOff(10)))))
        XCTAssertEqual(percent.name, "10% korting", "a reward without a name is named by what it gives, in the customers' language")
        let named = try shop.store.addReward(Reward(name: "Tien procent", kind: .fixed(FixedReward(cost: 100, discount: .percentOff(10)))))
        XCTAssertEqual(named.name, "Tien procent")
        try shop.member("zoe@example.com")
        _ = try shop.store.gift("zoe@example.com", 300)
        XCTAssertEqual(try shop.redeemFiveOff("zoe@example.com").description, "€\u{A0}5,00 korting")
        try shop.store.updateProgram(ProgramUpdate(customerLanguage: .hebrew))
        XCTAssertEqual(try shop.redeemFiveOff("zoe@example.com").description, "5.00\u{A0}€ הנחה")
    }

    func testWaysToEarnAndRewardsLoyaltyNamedFollowTheLanguageAndTheOwnersNamesStay() throws {
        let store = try Store.inMemory(actor: "tester")
        _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 1, per: eur("1"))))
        _ = try store.addRule(EarningRule(kind: .review, name: "Tell us what you think", award: .fixed(20)))
        _ = try store.addReward(Reward(name: "", kind: .fixed(FixedReward(cost: 100, discount: .freeShipping))))
        _ = try store.addReward(Reward(name: "", kind: .flexible(FlexibleReward(points: 100, value: eur("1")))))
        _ = try store.addReward(Reward(name: "Free shipping!", kind: .fixed(FixedReward(cost: 200, discount: .freeShipping))))
        XCTAssertEqual(try store.rewards().map(\.name), ["Free shipping", "Money off with Points", "Free shipping!"])
        try store.updateProgram(ProgramUpdate(customerLanguage: .french))
        XCTAssertEqual(try store.rules().map(\.name), ["Passer une commande", "Tell us what you think"])
        XCTAssertEqual(try store.rewards().map(\.name), ["Livraison gratuite", "Réduction avec vos Points", "Free shipping!"])
        XCTAssertEqual(try store.addRule(EarningRule(kind: .birthday, award: .fixed(50))).name, "Anniversaire")
        try store.updateProgram(ProgramUpdate(customerLanguage: .hebrew))
        XCTAssertEqual(try store.rules().map(\.name), ["ביצוע הזמנה", "Tell us what you think", "יום הולדת"])
        XCTAssertEqual(try store.rewards().map(\.name), ["משלוח חינם", "הנחה עם נקודות", "Free shipping!"])
    }

    func testTheLanguageChangeIsAudited() throws {
        let store = try Store.inMemory(actor: "tester")
        try store.updateProgram(ProgramUpdate(customerLanguage: .dutch))
        let line = try XCTUnwrap(try store.auditEntries(limit: 10).first { $0.action == "program.edit" })
        XCTAssertTrue(line.after.contains("customer language: nl"), line.after)
    }

    func testAProgrammeFromBeforeTheSettingSpeaksEnglishAndKeepsItsPointsName() throws {
        for (pointsName, named) in [("Stars", true), ("Points", false)] {
            let db = try Connection(path: ":memory:")
            try migrate(db, from: 0, upTo: 12, now: 1_735_689_600)
            try db.run("UPDATE program SET points_name = ?", [pointsName])
            try migrate(db, from: 12, now: 1_735_776_000)
            XCTAssertEqual(try db.one("SELECT customer_language, points_named FROM program") { "\($0.text(0)) \($0.int(1))" }, "en \(named ? 1 : 0)")
        }
    }
}
