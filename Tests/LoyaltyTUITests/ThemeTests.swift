import LoyaltyTUI
import Terminal
import XCTest

final class ThemeTests: XCTestCase {
    func testALineSetsColoursAndAttributes() throws {
        let theme = try Theme.parse("""
            # comment, then a blank line

            selection = black cyan bold,underline   # trailing comment
            header    = 15 236 -
            muted     = 244 default
            """, source: "test.theme")
        XCTAssertEqual(theme[.selection], CellStyle(foreground: .black, background: .cyan, attributes: [.bold, .underline]))
        XCTAssertEqual(theme[.header], CellStyle(foreground: .indexed(15), background: .indexed(236)))
        XCTAssertEqual(theme[.muted], CellStyle(foreground: .indexed(244)))
        XCTAssertEqual(theme[.error], Theme.monochrome[.error], "roles left out keep the monochrome style")
    }

    func testABadLineNamesTheFileTheLineAndTheProblem() {
        let text = "normal = default default\n\nborder = grey default\n"
        XCTAssertThrowsError(try Theme.parse(text, source: "themes/mine.theme")) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("themes/mine.theme:3: unknown colour \"grey\""), message)
        }
        XCTAssertThrowsError(try Theme.parse("colour = red blue", source: "x.theme")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("x.theme:1: unknown role \"colour\""), "\(error)")
        }
        XCTAssertThrowsError(try Theme.parse("title = red", source: "x.theme")) { error in
            XCTAssertEqual((error as? ThemeError)?.line, 1)
        }
        XCTAssertThrowsError(try Theme.parse("title = red blue blink", source: "x.theme")) { error in
            XCTAssertTrue(String(describing: error).contains("unknown attribute \"blink\""), "\(error)")
        }
        XCTAssertThrowsError(try Theme.parse("title = red blue\ntitle = red blue", source: "x.theme")) { error in
            XCTAssertEqual(String(describing: error), "x.theme:2: role \"title\" is set twice")
        }
    }

    func testAMissingFileSaysSo() {
        XCTAssertThrowsError(try Theme.load(path: "/nonexistent/dark.theme")) { error in
            XCTAssertEqual(String(describing: error), "/nonexistent/dark.theme: cannot read the file")
        }
    }

    func testEveryShippedThemeParsesAndSetsEveryRole() throws {
        let themes = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: themes.path)
            .filter { $0.hasSuffix(".theme") }.sorted()
        XCTAssertEqual(files, ["default.theme", "high-contrast.theme", "light.theme"])
        for file in files {
            let path = themes.appendingPathComponent(file).path
            _ = try Theme.load(path: path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for role in ThemeRole.allCases {
                XCTAssertTrue(text.contains("\n\(role.rawValue) "), "\(file) sets \(role.rawValue)")
            }
        }
    }

    func testMonochromeKeepsHighlightsVisibleWithoutColour() {
        for role in [ThemeRole.selection, .sidebarSelected, .header, .footer, .inputFocused] {
            XCTAssertTrue(Theme.monochrome[role].attributes.contains(.reverse), "\(role)")
        }
        for role in ThemeRole.allCases {
            XCTAssertEqual(Theme.monochrome[role].foreground, .default)
            XCTAssertEqual(Theme.monochrome[role].background, .default)
        }
    }
}
