import Foundation
import LoyaltyCore
import XCTest
@testable import LoyaltyText

/// Every sentence the core and the store word a refusal with, and every hint the CLI adds, is a
/// message of the English catalog, so that the front ends can say it in each language.
final class RefusalCatalogTests: XCTestCase {
    func testEverySentenceTemplateOfTheCoreAndTheHintsIsInTheEnglishCatalog() throws {
        let english = try ShippedCatalogs.catalog(.english)
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files = ["LoyaltyCore", "LoyaltyStore", "loyalty/Output"].flatMap { folder in
            FileManager.default.enumerator(at: sources.appendingPathComponent(folder), includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        }
        let literal = try NSRegularExpression(pattern: #"Sentence\(\s*"((?:[^"\\]|\\.)*)""#)
        var found = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let id = String(text[range]).replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
                found += 1
                XCTAssertNotNil(english.message(id), "\(file.lastPathComponent): \"\(id)\" is not in en.po")
            }
        }
        XCTAssertGreaterThan(found, 200, "the scan found the refusals")
    }

    /// A status, role, kind of way to earn or automatic e-mail named inside a refusal reads in the
    /// operator's language, not as the English name inside a Dutch, French or Hebrew sentence.
    func testAValueNamedInsideARefusalIsWordedInTheOperatorsLanguage() {
        let dutch = Localizer.shipped(.dutch).0, french = Localizer.shipped(.french).0, hebrew = Localizer.shipped(.hebrew).0
        XCTAssertEqual(dutch.words(LoyaltyError.program(.alreadyLaunched(status: .paused)).sentence), "het programma is al gepauzeerd")
        XCTAssertEqual(dutch.words(LoyaltyError.rule(.noneOfKind(.birthday)).sentence), "er is geen manier om te verdienen \"Verjaardag\"")
        XCTAssertEqual(french.words(LoyaltyError.access(.alreadyHasRole(user: "zoe", role: .staff)).sentence),
                       "zoe est déjà membre de l'équipe ; rien n'a été modifié")
        XCTAssertEqual(french.words(LoyaltyError.redeeming(.couponNotIssued(code: "AB12", state: .expired, wanted: .voided)).sentence),
                       "le coupon AB12 est expiré ; seul un coupon émis peut devenir annulé")
        XCTAssertEqual(hebrew.words(LoyaltyError.mail(.noTemplate(.tierReached)).sentence), "האימייל \"הגעה לרמה חדשה\" חסר במסד הנתונים הזה")
        XCTAssertEqual(hebrew.words(LoyaltyError.program(.alreadyLaunched(status: .active)).sentence), "המועדון כבר במצב פעיל")
        XCTAssertEqual(LoyaltyError.rule(.noneOfKind(.eventTicket)).sentence.english, "there is no event_ticket way to earn", "English keeps the name the CLI takes")
    }

    /// Every value a refusal may name is a message of the English catalog (and so, by
    /// CatalogCompletenessTests, of every language), under the context that says what it is.
    func testEveryValueARefusalMayNameIsInTheEnglishCatalog() throws {
        let english = try ShippedCatalogs.catalog(.english)
        let values = ProgramStatus.allCases.map(\.word) + MemberStatus.allCases.map(\.word) + Role.allCases.map(\.word)
            + CouponState.allCases.map(\.word) + EarningKind.allCases.map(\.word) + EmailTrigger.allCases.map(\.word)
        for case .word(let name, let context) in values {
            XCTAssertNotNil(english.message(name, context: context), "msgctxt \"\(context)\" msgid \"\(name)\" is not in en.po")
        }
        XCTAssertEqual(values.count, 29)
    }
}
