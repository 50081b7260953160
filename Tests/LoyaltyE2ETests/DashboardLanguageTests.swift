import Foundation
import XCTest

/// The dashboard in the operator's language, as the real binary opens it over SSH: a forwarded
/// `LANG=nl_BE.UTF-8` (no Dutch locale installed is needed) gives a Dutch dashboard, `--lang fr`
/// a French one, and `:lang he` switches while it runs; giving points in Dutch saves them. The
/// tests' machine has only the C and C.UTF-8 locales, like a minimal server.
final class DashboardLanguageTests: XCTestCase {
    func testTheLanguageComesFromTheEnvironmentAndSwitchesWhileRunning() throws {
        let (database, terminal) = try Dashboard.open(for: self, environment: ["LANG": "nl_BE.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""],
                                                      ready: "Actief")
        try terminal.press("7")
        try terminal.waitFor("/ zoekt een lid op naam of e-mail")
        // The server has no nl_BE locale: names beyond ASCII still show (characters fall back to C.UTF-8).
        try terminal.waitFor("Zoë Jansen")
        try terminal.press("Enter", "+")
        try terminal.waitFor("Punten om te geven")
        try terminal.type("25")
        try terminal.press("Tab")
        try terminal.type("kassa")
        try terminal.press("Enter")
        try terminal.waitFor("Reden: kassa")
        try terminal.press("y")
        try terminal.waitFor("(+25, kassa)")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT delta FROM ledger WHERE reason = 'kassa'").trimmingCharacters(in: .whitespacesAndNewlines), "25")

        try terminal.press("Escape", ":")
        try terminal.type("lang he")
        try terminal.press("Enter")
        try terminal.waitFor("תירבע :הפש") // "שפה: עברית" in reading order on the mirrored screen
    }

    func testLangChoosesTheDashboardsLanguage() throws {
        let (_, terminal) = try Dashboard.open(for: self, options: ["--lang", "fr"], environment: ["LANG": "nl_NL.UTF-8"], ready: "Actif")
        try terminal.press("8")
        try terminal.waitFor("Le programme est actif.")
    }
}
