import XCTest
@testable import LoyaltyText

/// Reading `.po` files as GNU gettext writes them, and refusing broken ones with their line.
final class POParserTests: XCTestCase {
    private func parse(_ text: String) throws -> Catalog { try POParser(file: "test.po").parse(text) }

    private func refusal(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> CatalogError? {
        do {
            _ = try parse(text)
            XCTFail("accepted a broken catalog", file: file, line: line)
            return nil
        } catch let error as CatalogError {
            return error
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return nil
        }
    }

    func testReadsHeaderMessagesContextsAndPlurals() throws {
        let catalog = try parse(#"""
            # A translator's comment
            msgid ""
            msgstr ""
            "Language: fr\n"
            "Plural-Forms: nplurals=2; plural=(n > 1);\n"

            #. For the translator
            #: Sources/x.swift:12
            msgid "Save"
            msgstr "Enregistrer"

            msgctxt "member status"
            msgid "pending"
            msgstr "en attente"

            msgid "pending"
            msgstr "en cours"

            msgid "{count} member"
            msgid_plural "{count} members"
            msgstr[0] "{count} membre"
            msgstr[1] "{count} membres"
            """#)
        XCTAssertEqual(catalog.header["Language"], "fr")
        XCTAssertEqual(catalog.pluralRule.count, 2)
        XCTAssertEqual(catalog.translation("Save"), "Enregistrer")
        XCTAssertEqual(catalog.translation("pending", context: "member status"), "en attente")
        XCTAssertEqual(catalog.translation("pending"), "en cours")
        XCTAssertEqual(catalog.translation("{count} member", plural: "{count} members", count: 0), "{count} membre")
        XCTAssertEqual(catalog.translation("{count} member", plural: "{count} members", count: 2), "{count} membres")
        XCTAssertEqual(catalog.messages.map(\.line), [9, 13, 16, 19])
    }

    func testJoinsContinuedStringsAndReadsEscapes() throws {
        let catalog = try parse(#"""
            msgid ""
            "Two lines\n"
            "and a \"quote\""
            msgstr "Deux lignes\n"
            "et des \"guillemets\" \\ \t\101"
            """#)
        XCTAssertEqual(catalog.translation("Two lines\nand a \"quote\""), "Deux lignes\net des \"guillemets\" \\ \tA")
    }

    func testEmptyAndFuzzyTranslationsAreNotUsed() throws {
        let catalog = try parse(#"""
            msgid "Save"
            msgstr ""

            #, fuzzy, c-format
            msgid "Open"
            msgstr "Ouvrir"

            #~ msgid "Old"
            #~ msgstr "Vieux"
            """#)
        XCTAssertNil(catalog.translation("Save"))
        XCTAssertNil(catalog.translation("Open"))
        XCTAssertEqual(catalog.message("Open")?.isFuzzy, true)
        XCTAssertNil(catalog.message("Old"))
    }

    func testWindowsLineEndsAndAByteOrderMarkAreRead() throws {
        let catalog = try parse("\u{FEFF}msgid \"Save\"\r\nmsgstr \"Opslaan\"\r\n")
        XCTAssertEqual(catalog.translation("Save"), "Opslaan")
    }

    func testBrokenCatalogsAreRefusedNamingTheLine() {
        XCTAssertEqual(refusal("msgid \"Save\"\nmsgstr \"Opslaan\n")?.line, 2)
        XCTAssertEqual(refusal("msgid \"Save\"\nmsgstr \"Opslaan\"\n\nmsgid \"Save\"\nmsgstr \"Bewaren\"\n"),
                       CatalogError(file: "test.po", line: 4, reason: "msgid \"Save\" is already on line 1"))
        XCTAssertEqual(refusal("msgid \"Save\"\nmsgtsr \"Opslaan\"\n")?.line, 2)
        XCTAssertEqual(refusal("msgid \"Save\"\nmsgstr \"a\\qb\"\n")?.reason, "\\q is not an escape .po files know (\\n \\t \\\" \\\\ …)")
        XCTAssertEqual(refusal("msgid \"Save\"\n\nmsgid \"Open\"\nmsgstr \"\"\n")?.line, 3)
        XCTAssertEqual(refusal("msgstr \"Opslaan\"\n")?.line, 1)
        XCTAssertEqual(refusal("msgid \"Save\"\nmsgstr \"Opslaan\" x\n")?.reason, "text after the closing quote")
        XCTAssertEqual(refusal("\"orphan\"\n")?.line, 1)
    }

    func testPluralMessagesMustHaveEveryFormTheHeaderPromises() {
        let header = #"""
            msgid ""
            msgstr "Plural-Forms: nplurals=3; plural=(n == 1) ? 0 : ((n == 2) ? 1 : 2);\n"

            """#
        XCTAssertEqual(refusal(header + "msgid \"{count} day\"\nmsgid_plural \"{count} days\"\nmsgstr[0] \"a\"\nmsgstr[1] \"b\"\n")?.reason,
                       "msgid \"{count} day\" needs msgstr[0] to msgstr[2] (Plural-Forms: nplurals=3)")
        XCTAssertEqual(refusal("msgid \"day\"\nmsgstr[0] \"dag\"\n")?.line, 1)
        XCTAssertEqual(refusal("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[1] \"x\"\n")?.reason, "msgstr[0] must come next")
    }

    func testABadPluralFormsHeaderIsRefused() {
        let error = refusal("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != 1;\\n\"\n")
        XCTAssertEqual(error?.line, 1)
        XCTAssertTrue(error?.reason.contains("\"(\" without its \")\"") == true, "\(String(describing: error))")
    }

    func testACatalogInAnotherCharsetIsRefused() {
        XCTAssertEqual(refusal("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n")?.line, 1)
    }
}
