import Foundation
import XCTest

/// A few everyday flows read in Dutch, French and Hebrew, as an operator whose session says
/// LANG=nl_BE.UTF-8 (or --lang) sees them: the sentences, the counted points ("1 Punt"), the
/// tables' headings and a refusal with its hint.
final class OperatorLanguageFlowTests: XCTestCase {
    /// Anouk's bakery, set up in Dutch: 1 Punt per whole euro, a free coffee for 10 Punten.
    private func bakery() throws -> (CLIRunner, (String...) throws -> RunResult) {
        let cli = try CLIRunner()
        let dutch = { (arguments: String...) in try cli.runRaw(["--db", cli.database] + arguments, environment: ["LANG": "nl_BE.UTF-8"]) }
        return (cli, dutch)
    }

    func testADutchOperatorSetsUpAndServesTheBakery() throws {
        let (cli, dutch) = try bakery()
        XCTAssertEqual(try dutch("init", "--name", "Bakkerij Anouk", "--points-name", "Punten").out.split(separator: "\n").first,
                       "\(cli.database) aangemaakt: \"Bakkerij Anouk\", Punten ★, EUR, concept.")
        try cli.ok("rule", "add", "order", "--points", "1", "--per", "1")
        try cli.ok("reward", "add", "--name", "Gratis koffie", "--cost", "10", "--free-product", "KOFFIE")
        XCTAssertEqual(try dutch("program", "launch").out, "\"Bakkerij Anouk\" is gestart: leden verdienen en wisselen nu punten in.\n")
        XCTAssertTrue(try dutch("member", "add", "--name", "Anouk", "--email", "anouk@example.be").out
            .hasPrefix("Anouk <anouk@example.be> toegevoegd als lid; saldo 0 Punten, verwijzingscode "))
        XCTAssertEqual(try dutch("event", "order", "--email", "anouk@example.be", "--order", "7", "--subtotal", "1,50", "--paid").out,
                       "order:7: 1 Punt verdiend. anouk@example.be heeft 1 Punt.\n", "1,50 is one and a half euros; 1 Punt, singular")
        XCTAssertEqual(try dutch("points", "give", "anouk@example.be", "9", "--reason", "Welkom").out, "anouk@example.be: 1 → 10 Punten (+9, Welkom)\n")
        let refused = try dutch("points", "remove", "anouk@example.be", "50", "--reason", "Fout")
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.err, "loyalty: anouk@example.be heeft 10 Punten; kan geen 50 afnemen (een saldo gaat nooit onder nul)\n")
        XCTAssertEqual(try dutch("program", "show").out, """
            Naam:               Bakkerij Anouk
            Status:             actief
            Punten:             Punten ★
            Valuta:             EUR
            Vervallen:          uit
            Niveauperiode:      12 maanden
            Taal voor klanten:  en

            """)
    }

    func testAFrenchOperatorListsMembersAndIsToldWhoIsMissing() throws {
        let cli = try CLIRunner.launched()
        let french = { (arguments: String...) in try cli.runRaw(["--db", cli.database, "--lang", "fr"] + arguments) }
        try cli.ok("points", "give", "zoe@example.com", "1", "--reason", "Bienvenue")
        XCTAssertEqual(try french("member", "list").out.split(separator: "\n").first, "NOM  E-MAIL           STATUT  NIVEAU  SOLDE  INSCRIT LE")
        XCTAssertTrue(try french("member", "list").out.contains("Zoë  zoe@example.com  membre  Base        1  "))
        let missing = try french("member", "show", "lea@example.fr")
        XCTAssertEqual(missing.err, "loyalty: aucun membre avec l'e-mail lea@example.fr ; `loyalty member find TEXT` cherche par nom ou e-mail\n")
        XCTAssertEqual(try french("program", "pause").out, "« Café Zoë » est en pause : rien n'est gagné ni échangé jusqu'à `loyalty program resume`.\n")
    }

    func testAHebrewOperatorRecordsAnOrderAndIsRefusedADuplicateMember() throws {
        let cli = try CLIRunner.launched()
        let hebrew = { (arguments: String...) in try cli.runRaw(["--db", cli.database] + arguments, environment: ["LANG": "he_IL.UTF-8"]) }
        XCTAssertEqual(try hebrew("event", "order", "--email", "zoe@example.com", "--order", "8", "--subtotal", "2.00", "--paid").out,
                       "order:8: נצברו 20 Stars. ל־zoe@example.com יש 20 Stars.\n")
        let again = try hebrew("member", "add", "--email", "zoe@example.com")
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.err, "loyalty: zoe@example.com כבר במועדון; `loyalty member show zoe@example.com` מציג אותו\n")
        XCTAssertTrue(try hebrew("member", "show", "zoe@example.com").out.contains("סטטוס:          חבר/ה"))
    }
}
