import LoyaltyTUI
import Terminal
import XCTest

final class KeyMapTests: XCTestCase {
    private enum MemberAction: Equatable { case open, award }

    private let members = KeyMap<MemberAction>([
        KeyBinding([.enter], .open, help: "Open"),
        KeyBinding([.character("a")], .award, help: "Award points"),
    ])

    func testGlobalKeysDispatch() {
        let global = KeyMap<GlobalAction>.global
        XCTAssertEqual(global.action(for: .character("q")), .quit)
        XCTAssertEqual(global.action(for: .ctrl("c")), .quit)
        XCTAssertEqual(global.action(for: .character("3")), .jumpToSection(3))
        XCTAssertEqual(global.action(for: .character("9")), .jumpToSection(9))
        XCTAssertEqual(global.action(for: .character("0")), .jumpToSection(0), "the tenth section, Audit log, is on 0")
        XCTAssertEqual(Section(number: 0), .audit)
        XCTAssertNil(global.action(for: .character("x")))
        XCTAssertEqual(global.action(for: .tab), .nextSection)
        XCTAssertEqual(global.action(for: .backTab), .previousSection)
        XCTAssertEqual(global.action(for: .function(5)), .refresh)
        XCTAssertEqual(global.action(for: .character("/")), .search)
        XCTAssertEqual(global.action(for: .character(":")), .commandLine)
    }

    func testTheFooterIsGeneratedFromTheBindingsAndKeepsWholeHintsOnly() {
        let entries = members.footerEntries + KeyMap<GlobalAction>.global.footerEntries
        XCTAssertEqual(footerHints(entries, width: 200),
                       "Enter Open  a Award points  q/^C Quit  ?/F1 Help  Tab Next section  / Find member  : Command")
        XCTAssertEqual(footerHints(entries, width: 30), "Enter Open  a Award points")
        XCTAssertEqual(footerHints(entries, width: 3), "")
    }

    func testTheFooterWidgetShowsTheSameHintsWithKeysHighlighted() {
        var grid = CellGrid(width: 30, height: 1)
        Footer(entries: members.footerEntries).render(in: Rect(width: 30, height: 1), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.text(), footerHints(members.footerEntries, width: 30))
        XCTAssertTrue(grid[x: 0, y: 0].style.attributes.contains(.bold), "Enter is a key")
        XCTAssertFalse(grid[x: 6, y: 0].style.attributes.contains(.bold), "Open is its help")
    }

    func testTheHelpOverlayListsEveryBindingOfEveryLayer() {
        var grid = CellGrid(width: 31, height: 15)
        HelpOverlay(sections: [("Members", members.helpEntries), ("Everywhere", KeyMap<GlobalAction>.global.helpEntries)])
            .render(in: Rect(width: 31, height: 15), on: &grid, theme: .monochrome)
        XCTAssertEqual(grid.text(), """
            ┌─ Keys ──────────────────────┐
            │ Members                     │
            │   Enter    Open             │
            │   a        Award points     │
            │                             │
            │ Everywhere                  │
            │   q/^C     Quit             │
            │   ?/F1     Help             │
            │   Tab      Next section     │
            │   S-Tab    Previous section │
            │   1…9, 0   Go to section    │
            │   /        Find member      │
            │   :        Command          │
            │   r/^R/F5  Refresh          │
            └─────────────────────────────┘
            """)
    }
}
