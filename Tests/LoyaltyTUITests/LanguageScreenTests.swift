import Foundation
import XCTest
import LoyaltyCore
import LoyaltyText
@testable import LoyaltyTUI
import Terminal

/// The main screens (Overview, the member list, a member's activity, Review & launch) in each
/// language at 80×24 and 120×35, compared with the expected text in `Tests/Fixtures/screens/`
/// (`LANG-SCREEN-WxH.txt`). Hebrew is mirrored and in visual order, as a terminal without bidi of its
/// own shows it. After a change on purpose, write them again with
/// `LOYALTY_WRITE_SCREENS=1 swift test --filter LanguageScreenTests`, read them and commit them.
final class LanguageScreenTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/screens")

    private static let screens: [(name: String, keys: [Key])] = [
        ("overview", [.character("1")]), ("members", [.character("7")]), ("activity", [.character("7"), .enter]), ("review", [.character("8")]),
    ]

    private func words(_ language: Language) -> Localizer {
        Localizer.shipped(language, zone: TimeZone(identifier: "UTC")!).0
    }

    private func check(_ language: Language, file: StaticString = #filePath, line: UInt = #line) throws {
        for (width, height) in [(80, 24), (120, 35)] {
            for screen in Self.screens {
                let driver = try DashboardDriver.launchedShop(width: width, height: height, words: words(language))
                driver.press(screen.keys)
                let name = "\(language.rawValue)-\(screen.name)-\(width)x\(height).txt"
                let url = Self.fixtures.appendingPathComponent(name)
                if ProcessInfo.processInfo.environment["LOYALTY_WRITE_SCREENS"] == "1" {
                    try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
                    try (driver.screen + "\n").write(to: url, atomically: true, encoding: .utf8)
                }
                guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
                    XCTFail("no expected screen \(url.path): write it with LOYALTY_WRITE_SCREENS=1", file: file, line: line)
                    continue
                }
                XCTAssertEqual(driver.screen + "\n", expected, name, file: file, line: line)
            }
        }
    }

    func testEnglishScreens() throws { try check(.english) }
    func testDutchScreens() throws { try check(.dutch) }
    func testFrenchScreens() throws { try check(.french) }
    func testHebrewScreens() throws { try check(.hebrew) }

    /// `:lang nl` switches the open dashboard to Dutch at once, `:lang he` to Hebrew mirrored, and `:lang en` back.
    func testTheLanguageSwitchesLive() throws {
        let driver = try DashboardDriver.launchedShop(width: 120, height: 35)
        driver.press(.character("7"))
        driver.command("lang nl")
        XCTAssertTrue(driver.screen.contains("┌─ Leden "), driver.screen)
        XCTAssertTrue(driver.lines[33].contains("Taal: Nederlands"), driver.screen)
        XCTAssertTrue(driver.screen.contains("/ zoekt een lid op naam of e-mail · 3 personen"), driver.screen)
        driver.command("lang he")
        XCTAssertTrue(driver.screen.contains(" ןודעומה תוחוקל ─┐"), "Hebrew mirrors the screen at once: \(driver.screen)")
        driver.command("lang en")
        XCTAssertTrue(driver.screen.contains("┌─ Members "), driver.screen)
        XCTAssertFalse(driver.state.writing.isRightToLeft)
        driver.command("lang de")
        XCTAssertTrue(driver.lines[33].contains("usage: :lang LANGUAGE (one of: en, nl, fr, he)"), driver.screen)
    }

    /// A section's name in the operator's language reaches it on the command line, as the English one does.
    func testATranslatedSectionNameIsACommand() throws {
        let driver = try DashboardDriver.launchedShop(words: words(.french))
        driver.command("récompenses")
        XCTAssertEqual(driver.state.section, .rewards)
        driver.command("members")
        XCTAssertEqual(driver.state.section, .members)
    }

    /// An amount is typed as the language writes it, shown that way when the form opens, and an
    /// ambiguous one is refused in the form with the reason.
    func testAmountsAreTypedAsTheLanguageWritesThem() throws {
        let driver = try DashboardDriver.launchedShop(words: words(.dutch))
        driver.press(.character("3"), .character("e"))
        XCTAssertEqual(driver.state.form?.fields.first { $0.key == "per" }?.value, "1,00")
        driver.press(.tab, .ctrl("u"))
        driver.type("2,50")
        driver.press(.enter)
        XCTAssertNil(driver.state.form, driver.screen)
        XCTAssertEqual(try driver.store.rules().first?.award, .perSpend(points: 10, per: Money(minorUnits: 250, currency: .euro)))
        driver.press(.character("e"), .tab, .ctrl("u"))
        driver.type("1.234")
        XCTAssertTrue(driver.screen.contains("Per bedrag: \"1.234\" is dubbelzinnig"), driver.screen)
        driver.press(.enter)
        XCTAssertNotNil(driver.state.form, "the form stays open with what was typed")
        XCTAssertEqual(try driver.store.rules().first?.award, .perSpend(points: 10, per: Money(minorUnits: 250, currency: .euro)))
    }

    /// Counts follow each language's plural rules: Hebrew has a form for two.
    func testPluralsFollowTheLanguage() throws {
        let he = words(.hebrew), fr = words(.french)
        XCTAssertEqual(CoreWording.counted(.member, 1, he), "1 חבר")
        XCTAssertEqual(CoreWording.counted(.member, 2, he), "2 חברים")
        XCTAssertEqual(CoreWording.counted(.visitor, 0, fr), "0 visiteur")
        XCTAssertEqual(CoreWording.counted(.visitor, 2, fr), "2 visiteurs")
        XCTAssertEqual(CoreWording.counted(.member, 1, .english), "1 member")
        XCTAssertEqual(CoreWording.counted(.member, 1_234, words(.dutch)), "1.234 leden")
    }
}
