import Foundation
import XCTest
@testable import LoyaltyCore

/// The programme page and My Rewards as customers read them in each customer language: their own
/// sentences, what rewards give, money and numbers as the language writes them, the points name in
/// the singular after one, and `lang` / `dir` on the exported page.
final class CustomerPagesTests: XCTestCase {
    private func program(_ language: CustomerLanguage) -> Program {
        Program(name: "Café Zoë", pointsName: language.defaultPointsName, status: .active, expiryMonths: 12, customerLanguage: language)
    }

    private let tiers = [Tier(id: 1, name: "Base", threshold: 0), Tier(id: 2, name: "Gold", threshold: 3_000, multiplier: 150)]
    private let rules = [EarningRule(kind: .order, name: "Bestelling", award: .perSpend(points: 10, per: eur("1")), maxPerMemberPerDay: 1_000)]
    private let rewards = [
        Reward(id: 1, name: "Vijf", kind: .fixed(FixedReward(cost: 1_250, discount: .amountOff(eur("5"))))),
        Reward(id: 2, name: "Koffie", kind: .fixed(FixedReward(cost: 1, discount: .freeProduct(sku: "COFFEE-REG")))),
    ]

    private func zoe(balance: Points) -> Member {
        Member(id: 1, details: MemberDetails(name: "Zoë", email: "zoe@example.com"), status: .member, tierID: 1, tierName: "Base",
               balance: balance, earnedTotal: balance, redeemedTotal: 0, referralCode: "K7M2QXPA", referredBy: nil, joined: Date(), lastActivity: nil)
    }

    private func lines(_ page: PageDocument) -> [String] {
        [page.title] + page.intro.map(\.text) + page.sections.flatMap { [$0.heading] + $0.items.map(\.text) }
    }

    func testTheProgrammePageSpeaksEachCustomerLanguage() {
        let expected: [CustomerLanguage: [String]] = [
            .english: ["Collect ★ Points every time you shop and turn them into rewards.", "How to earn",
                       "Bestelling: 10 Points per €1.00 (up to 1,000 a day)", "Vijf: €5.00 off for 1,250 Points", "Koffie: A free product for 1 Point",
                       "Gold: from 3,000 Points earned in 12 months · earn 1.5x Points", "Points expire 12 months after you earn them."],
            .dutch: ["Spaar ★ Punten bij elke aankoop en wissel ze in voor beloningen.", "Zo spaar je",
                     "Bestelling: 10 Punten per €\u{A0}1,00 (hoogstens 1.000 per dag)", "Vijf: €\u{A0}5,00 korting voor 1.250 Punten",
                     "Koffie: Een gratis product voor 1 Punt", "Gold: vanaf 3.000 Punten verdiend in 12 maanden · verdien 1,5x Punten",
                     "Punten vervallen 12 maanden nadat je ze hebt verdiend."],
            .french: ["Cumulez des ★ Points à chaque achat et échangez-les contre des récompenses.", "Comment cumuler",
                      "Bestelling : 10 Points par tranche de 1,00\u{A0}€ (jusqu'à 1\u{202F}000 par jour)",
                      "Vijf : 5,00\u{A0}€ de réduction pour 1\u{202F}250 Points", "Koffie : Un produit offert pour 1 Point",
                      "Les Points expirent 12 mois après leur obtention."],
            .hebrew: ["צברו ★ נקודות בכל קנייה וממשו אותן בהטבות.", "איך צוברים", "Bestelling: 10 נקודות על כל 5.00\u{A0}₪ (עד 1,000 ביום)",
                      "Koffie: מוצר במתנה תמורת נקודה אחת", "תוקף הנקודות פג 12 חודשים אחרי הצבירה."],
        ]
        for (language, sentences) in expected {
            var program = program(language)
            if language == .hebrew { program.currency = try! Currency(code: "ILS") }
            let rules = language == .hebrew
                ? [EarningRule(kind: .order, name: "Bestelling", award: .perSpend(points: 10, per: Money(minorUnits: 500, currency: program.currency)), maxPerMemberPerDay: 1_000)]
                : self.rules
            let page = lines(ProgramPage.document(program: program, rules: rules, rewards: rewards, tiers: tiers))
            for sentence in sentences { XCTAssertTrue(page.contains(sentence), "\(language): \"\(sentence)\" not in \(page)") }
        }
    }

    func testMyRewardsSpeaksEachCustomerLanguageWithItsPlurals() {
        let coupon = PageCoupon(code: "ABCDEFGHJKMN", rewardName: "Vijf", description: "€\u{A0}5,00 korting", state: .used)
        let expected: [(CustomerLanguage, Points, [String])] = [
            (.english, 1, ["My Rewards · Zoë", "You have 1 ★ Point · Base tier", "Vijf (€5.00 off for 1,250 Points): 1,249 Points to go",
                           "Koffie (A free product for 1 Point): yours to redeem", "Your coupons"]),
            (.dutch, 1, ["Mijn beloningen · Zoë", "Je hebt 1 ★ Punt · niveau Base", "Vijf (€\u{A0}5,00 korting voor 1.250 Punten): nog 1.249 Punten te gaan",
                         "Koffie (Een gratis product voor 1 Punt): klaar om in te wisselen", "Je coupons", "Vijf: €\u{A0}5,00 korting · gebruikt"]),
            (.dutch, 1_249, ["Je hebt 1.249 ★ Punten · niveau Base", "Vijf (€\u{A0}5,00 korting voor 1.250 Punten): nog 1 Punt te gaan"]),
            (.french, 0, ["Mes récompenses · Zoë", "Vous avez 0 ★ Point · niveau Base", "Koffie (Un produit offert pour 1 Point) : encore 1 Point",
                          "Vos coupons"]),
            (.hebrew, 1_249, ["ההטבות שלי · Zoë", "יש לכם 1,249 ★ נקודות · רמת Base", "Vijf (5.00\u{A0}€ הנחה תמורת 1,250 נקודות): עוד נקודה אחת",
                              "הקופונים שלכם"]),
        ]
        for (language, balance, sentences) in expected {
            let page = lines(MyRewardsPage.document(member: zoe(balance: balance), coupons: [coupon], program: program(language), rewards: rewards, tiers: tiers))
            for sentence in sentences { XCTAssertTrue(page.contains(sentence), "\(language): \"\(sentence)\" not in \(page)") }
        }
    }

    func testTheExportedPageCarriesTheLanguageAndDirectionAndTheBackLinkInIt() {
        for (language, head, back) in [(CustomerLanguage.english, "<html lang=\"en\" dir=\"ltr\">", "About Café Zoë"),
                                       (.dutch, "<html lang=\"nl\" dir=\"ltr\">", "Over Café Zoë"),
                                       (.french, "<html lang=\"fr\" dir=\"ltr\">", "À propos de Café Zoë"),
                                       (.hebrew, "<html lang=\"he\" dir=\"rtl\">", "על Café Zoë")] {
            let page = MyRewardsPage.document(member: zoe(balance: 5), coupons: [], program: program(language), rewards: rewards, tiers: tiers)
            let html = PageHTML.render(page, programName: "Café Zoë", language: language, backLink: "../index.html", private: true)
            XCTAssertTrue(html.contains(head), "\(language)")
            XCTAssertTrue(html.contains(">\(back)</a>"), "\(language): \(html)")
        }
    }

    func testADiscountAndADefaultRewardNameAreInTheCustomerLanguage() {
        let names = CustomerLanguage.allCases.map { Reward.defaultName(for: .fixed(FixedReward(cost: 1, discount: .percentOff(10))), in: $0, pointsName: "Stars") }
        XCTAssertEqual(names, ["10% off", "10% korting", "10 % de réduction", "10% הנחה"])
        let flexible = Reward.Kind.flexible(FlexibleReward(points: 100, value: eur("1")))
        XCTAssertEqual(Reward.defaultName(for: flexible, in: .dutch, pointsName: "Punten"), "Korting met Punten")
        XCTAssertEqual(Discount.amountOff(eur("1250")).customerWords(in: .english), "€1,250.00 off")
        XCTAssertEqual(Discount.freeShipping.customerWords(in: .hebrew), "משלוח חינם")
        XCTAssertEqual(Discount.salePrice(sku: "BEANS-1KG", price: eur("9.99")).customerWords(in: .french), "Un produit à 9,99\u{A0}€")
    }

    func testEveryCustomerPhraseIsTranslatedWithTheSamePlaceholders() {
        func placeholders(_ text: String) -> Set<String> { Set(EmailTemplate.fieldNames(in: text)) }
        for (english, phrase) in CustomerPhrases.phrases {
            for (code, translated) in [("nl", phrase.nl), ("fr", phrase.fr), ("he", phrase.he)] {
                XCTAssertFalse(translated.isEmpty, "\(code): \(english)")
                XCTAssertEqual(placeholders(translated), placeholders(english), "\(code): \(english)")
            }
        }
    }

    func testEveryWayToEarnAndCouponStateHasItsCustomerWords() {
        for language in CustomerLanguage.allCases {
            for kind in EarningKind.allCases {
                XCTAssertNotNil(CustomerPhrases.translation(of: kind.label, in: language), "\(language): \(kind)")
            }
            for state in CouponState.allCases {
                XCTAssertNotNil(CustomerPhrases.translation(of: state.rawValue, in: language), "\(language): \(state)")
            }
        }
        XCTAssertEqual(EarningRule(kind: .order, award: .fixed(1)).defaultName(in: .french), "Passer une commande")
        XCTAssertEqual(CouponState.voided.customerWord(in: .hebrew), "בוטל")
    }
}
