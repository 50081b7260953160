import Foundation
import XCTest

/// The operator's language chosen by `--lang` or the environment, on a machine whose only
/// installed locales are C and C.UTF-8: the catalogs are the program's own.
final class LanguageCLITests: XCTestCase {
    private let dutch = ["LANG": "nl_BE.UTF-8"]

    /// Zoë, plus Ana and Bo who are visitors.
    private func shop() throws -> CLIRunner {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--email", "ana@example.com", "--status", "visitor")
        try cli.ok("member", "add", "--email", "bo@example.com", "--status", "visitor")
        return cli
    }

    func testAForwardedDutchLangIsSpokenWithoutTheLocaleInstalled() throws {
        let cli = try shop()
        let changed = try cli.runRaw(["--db", cli.database, "member", "set-status", "zoe@example.com", "pending"], environment: dutch)
        XCTAssertEqual(changed.status, 0, changed.err)
        XCTAssertEqual(changed.out, "zoe@example.com is nu in afwachting; saldo 0 Stars.\n")

        let wrong = try cli.runRaw(["--db", cli.database, "member", "set-statu"], environment: dutch)
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.err.hasPrefix("loyalty: 'set-statu' is geen opdracht van 'loyalty member'; kies uit: add, list,"), wrong.err)
        XCTAssertTrue(wrong.err.hasSuffix("Voer 'loyalty member --help' uit voor de opties en een voorbeeld.\n"), wrong.err)
    }

    func testTheCountChoosesThePluralFormInEachLanguage() throws {
        let cli = try shop()
        let french = try cli.runRaw(["--db", cli.database, "--lang", "fr", "member", "set-status", "--all-visitors", "member", "--dry-run"], environment: dutch)
        XCTAssertEqual(french.out, "2 personnes deviendraient membres (sélection : 2, 0 déjà membre) ; rien n'a été modifié.\n", "--lang wins over LANG")

        let file = cli.directory.appendingPathComponent("joined.txt").path
        try "ana@example.com\nzoe@example.com\n".write(toFile: file, atomically: true, encoding: .utf8)
        let dutchRun = try cli.runRaw(["--db", cli.database, "member", "set-status", "--from-file", file, "member"], environment: dutch)
        XCTAssertEqual(dutchRun.out, "1 persoon is nu lid (2 geselecteerd, 1 was al lid).\n")
        let frenchRun = try cli.runRaw(["--db", cli.database, "--lang=fr", "member", "set-status", "--all-visitors", "member"])
        XCTAssertEqual(frenchRun.out, "1 personne est maintenant membre (sélection : 1, 0 déjà membre).\n")
    }

    func testARefusedListIsNamedInTheLanguage() throws {
        let cli = try shop()
        let file = cli.directory.appendingPathComponent("joined.txt").path
        try "nobody@example.com\nnot-an-address\n".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try cli.runRaw(["--db", cli.database, "member", "set-status", "--from-file", file, "member"], environment: ["LANG": "he_IL.UTF-8"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("\(file):2: \"not-an-address\" היא לא כתובת אימייל כמו name@example.com"), refused.err)
        XCTAssertTrue(refused.err.contains("\(file): 2 שורות לא מתאימות לאף אחד; לא בוצע שום שינוי."), refused.err)
    }

    func testLanguageIsAPriorityListOutsideTheCLocaleOnly() throws {
        let cli = try shop()
        let arguments = ["--db", cli.database, "member", "set-status", "zoe@example.com", "visitor"]
        let hebrew = try cli.runRaw(arguments, environment: ["LANG": "nl_BE.UTF-8", "LANGUAGE": "de:he:fr"])
        XCTAssertEqual(hebrew.out, "הסטטוס של zoe@example.com הוא עכשיו גולש/ת; יתרת נקודות: 0 Stars.\n")
        let english = try cli.runRaw(arguments, environment: ["LANG": "C.UTF-8", "LANGUAGE": "nl"])
        XCTAssertEqual(english.out, "zoe@example.com is now a visitor; balance 0 Stars.\n")
        let french = try cli.runRaw(arguments, environment: ["LANG": "nl_BE.UTF-8", "LC_ALL": "fr_FR.UTF-8"])
        XCTAssertEqual(french.out, "zoe@example.com est maintenant visiteur ; solde : 0 Star.\n", "French counts 0 in the singular")
    }

    func testJsonIsTheSameInEveryLanguage() throws {
        let cli = try shop()
        let english = try cli.runRaw(["--db", cli.database, "member", "set-status", "--all-visitors", "member", "--dry-run", "--json"])
        let dutchRun = try cli.runRaw(["--db", cli.database, "member", "set-status", "--all-visitors", "member", "--dry-run", "--json"], environment: dutch)
        XCTAssertEqual(dutchRun.out, english.out)
        XCTAssertTrue(english.out.contains("\"changed\":2"), english.out)
    }

    func testAnotherOptionsValueIsNotTakenForLang() throws {
        let cli = try CLIRunner.launched()
        let added = try cli.runRaw(["--db", cli.database, "member", "add", "--name", "--lang", "--email", "lang@example.com"], environment: dutch)
        XCTAssertEqual(added.status, 0, added.err)
        XCTAssertEqual((try cli.json("member", "show", "lang@example.com") as? [String: Any])?["name"] as? String, "--lang")
    }

    func testALanguageLoyaltyDoesNotSpeakIsAUsageError() throws {
        let cli = try CLIRunner()
        let refused = try cli.runRaw(["--lang", "de", "member", "list"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.err, "loyalty: --lang \"de\" is not a language Loyalty speaks; choose one of: en, nl, fr, he\n")
        XCTAssertEqual(try cli.runRaw(["--lang"]).status, 2, "--lang without a value")
    }

    /// The paragraphs of `--help` read in the operator's language; the placeholders an e-mail
    /// takes and the commands to copy stay as they are typed.
    func testTheDetailsOfHelpReadInTheLanguage() throws {
        let cli = try CLIRunner.launched()
        let program = try cli.runRaw(["program", "--help"], environment: dutch)
        XCTAssertEqual(program.status, 0, program.err)
        XCTAssertTrue(program.out.contains("Een programma kan worden gestart als het een naam heeft"), program.out)
        let edit = try cli.runRaw(["--lang", "fr", "email", "edit", "--help"])
        let running = edit.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(running.contains("Variables : {name} {email} {points} {points_name}"), edit.out)
        let root = try cli.runRaw(["--help"], environment: ["LANG": "he_IL.UTF-8"])
        XCTAssertTrue(root.out.contains("- LOYALTY_DB: קובץ מסד הנתונים כשלא ניתן --db"), root.out)
    }

    /// `program set --dry-run` says what it would do, and that it changed nothing, in the language.
    func testADryRunOfExpirySpeaksTheLanguage() throws {
        let cli = try CLIRunner.launched()
        let off = try cli.runRaw(["--db", cli.database, "program", "set", "--expiry-months", "off", "--dry-run"], environment: dutch)
        XCTAssertEqual(off.status, 0, off.err)
        XCTAssertEqual(off.out, "Vervallen uit: punten die leden al hebben houden hun datum, of geen. Er is niets gewijzigd (--dry-run).\n")
        let on = try cli.runRaw(["--db", cli.database, "--lang", "fr", "program", "set", "--expiry-months", "12", "--dry-run"])
        XCTAssertEqual(on.status, 0, on.err)
        XCTAssertTrue(on.out.hasSuffix("Rien n'a été modifié (--dry-run).\n"), on.out)
        XCTAssertFalse(on.out.contains("earned from now on"), on.out)
    }
}
