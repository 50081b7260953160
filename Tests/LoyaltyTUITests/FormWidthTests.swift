import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import XCTest

/// Forms are as wide as what they hold needs, up to the terminal: their hints are shown whole
/// (wrapped when the screen is narrow), never cut.
final class FormWidthTests: XCTestCase {
    static let sizes = [(80, 24), (100, 30), (160, 45)]

    /// The text inside the box titled `title`, its rows joined by spaces: what a reader sees in it.
    private func formText(_ driver: DashboardDriver, title: String) throws -> (text: String, width: Int) {
        let lines = driver.lines
        let top = try XCTUnwrap(lines.firstIndex { $0.contains("┌─ \(title) ") }, driver.screen)
        let left = Array(lines[top]).firstIndex(of: "┌")!
        let width = Array(lines[top])[left...].firstIndex(of: "┐")! - left + 1
        var rows: [String] = []
        for line in lines[(top + 1)...] {
            let cells = Array(line)
            guard cells.count > left, cells[left] == "│" else { break }
            rows.append(String(cells[(left + 1)..<min(cells.count, left + width - 1)]).trimmingCharacters(in: .whitespaces))
        }
        return (rows.filter { !$0.isEmpty }.joined(separator: " "), width)
    }

    func testEveryHintOfTheRuleFormIsShownWholeAtEverySize() throws {
        for (width, height) in Self.sizes {
            let driver = try DashboardDriver(width: width, height: height)
            driver.press(.character("3"), .character("a"), .right, .enter)
            let form = try XCTUnwrap(driver.state.form)
            for index in form.fields.indices.dropFirst() {
                while driver.state.form?.focused != index { driver.press(.tab) }
                let hint = form.fields[index].hint
                let shown = try formText(driver, title: form.title).text
                XCTAssertTrue(shown.contains(hint), "\(width)×\(height): the hint \"\(hint)\" is not whole in:\n\(driver.screen)")
            }
        }
    }

    func testAFormWithALongHintWidensWithTheTerminalAndWrapsWhenNarrow() throws {
        var widths: [Int] = []
        for (width, height) in Self.sizes {
            let driver = try DashboardDriver(width: width, height: height) { store in
                for name in ["Visit us on a Tuesday morning", "Bring a friend to the tasting", "Review us online after a visit",
                             "Follow the shop on social media"] {
                    _ = try store.addRule(EarningRule(kind: .custom, name: name, award: .fixed(10)))
                }
            }
            driver.press(.character("3"), .character("c"))
            let form = try XCTUnwrap(driver.state.form)
            while driver.state.form?.fields[driver.state.form!.focused].key != "rules" { driver.press(.tab) }
            let hint = try XCTUnwrap(form.fields.first { $0.key == "rules" }?.hint)
            let shown = try formText(driver, title: form.title)
            XCTAssertTrue(shown.text.contains(hint), "\(width)×\(height): the hint is not whole in:\n\(driver.screen)")
            widths.append(shown.width)
        }
        XCTAssertLessThanOrEqual(widths[0], 80 - 2)
        XCTAssertGreaterThan(widths[2], widths[0], "the form is wider on a wider terminal: \(widths)")
    }
}
