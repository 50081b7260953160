import XCTest
import LoyaltyCore
@testable import LoyaltyText

/// The points name after a number in each language: "1 Punt", "2 Punten", "0 point", "נקודה 1".
final class PointsNameTests: XCTestCase {
    func testEachLanguageMakesTheSingularOfItsUsualPointsNames() {
        let expected: [(Language, String, String)] = [
            (.dutch, "Punten", "Punt"), (.dutch, "Sterren", "Ster"), (.dutch, "Kronen", "Kroon"), (.dutch, "Stempels", "Stempel"),
            (.dutch, "Karma", "Karma"), (.french, "Points", "Point"), (.french, "Étoiles", "Étoile"), (.french, "Bijoux", "Bijou"),
            (.french, "Karma", "Karma"), (.hebrew, "נקודות", "נקודה"), (.hebrew, "כוכבים", "כוכב"), (.hebrew, "מטבעות", "מטבעות"),
            (.english, "Stars", "Star"),
        ]
        for (language, plural, singular) in expected {
            XCTAssertEqual(PointsName.singular(of: plural, in: language), singular, "\(language) \(plural)")
        }
    }

    func testTheNumbersPluralFormChoosesTheName() throws {
        let dutch = Localizer(language: .dutch, catalog: try ShippedCatalogs.catalog(.dutch))
        XCTAssertEqual(dutch.format(.points(1, named: "Punten")), "1 Punt")
        XCTAssertEqual(dutch.format(.points(0, named: "Punten")), "0 Punten")
        XCTAssertEqual(dutch.format(.points(1250, named: "Punten")), "1.250 Punten")
        let french = Localizer(language: .french, catalog: try ShippedCatalogs.catalog(.french))
        XCTAssertEqual(french.format(.points(0, named: "Points")), "0 Point", "French counts 0 in the singular")
        XCTAssertEqual(french.format(.points(2, named: "Points")), "2 Points")
        let hebrew = Localizer(language: .hebrew, catalog: try ShippedCatalogs.catalog(.hebrew))
        XCTAssertEqual(hebrew.format(.points(1, named: "נקודות")), "1 נקודה")
        XCTAssertEqual(hebrew.format(.points(2, named: "נקודות")), "2 נקודות")
    }
}
