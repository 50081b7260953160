import Foundation
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
}
