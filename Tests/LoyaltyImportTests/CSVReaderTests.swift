import XCTest
import LoyaltyCore

final class CSVReaderTests: XCTestCase {
    private func read(_ text: String) -> [CSVRecord] {
        let (records, broken) = CSVReader.records(Array(text.utf8))
        XCTAssertNil(broken?.why)
        return records
    }

    func testQuotedFieldsHoldCommasDoubledQuotesNewlinesAndUTF8() {
        let records = read("name,note\r\n\"Ångström, Zoë\",\"she said \"\"hi\"\"\nand left\"\r\nДмитрий,plain\r\n")
        XCTAssertEqual(records.map(\.fields), [["name", "note"], ["Ångström, Zoë", "she said \"hi\"\nand left"], ["Дмитрий", "plain"]])
    }

    func testEachRecordKnowsTheLineItStartsOn() {
        let records = read("a,b\n\"x\ny\nz\",1\n\nlast,2")
        XCTAssertEqual(records.map(\.line), [1, 2, 6])
        XCTAssertEqual(records[1].text, "\"x\ny\nz\",1")
    }

    func testEmptyFieldsAndAByteOrderMarkAreRead() {
        let records = read("\u{FEFF}a,,c\n,,\n")
        XCTAssertEqual(records.map(\.fields), [["a", "", "c"], ["", "", ""]])
    }

    func testAQuoteThatNeverClosesIsReportedAtItsRecord() {
        let (_, broken) = CSVReader.records(Array("a,b\nok,1\n\"never closed,2\nmore\n".utf8))
        XCTAssertEqual(broken?.line, 3)
    }

    func testCarriageReturnsAloneEndRecordsAndCountAsLines() {
        let records = read("a,b\r\"x\ry\",1\r\rlast,2\r")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["x\ry", "1"], ["last", "2"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 5])
    }

    func testWrittenLinesReadBackTheSame() {
        let fields = ["plain", "with, comma", "with \"quote\"", "two\nlines", "Zoë"]
        XCTAssertEqual(read(CSVReader.line(fields) + "\r\n").first?.fields, fields)
    }
}
