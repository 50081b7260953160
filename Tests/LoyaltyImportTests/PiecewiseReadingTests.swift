import Foundation
import XCTest
import LoyaltyCore
import ImportTestSupport
@testable import LoyaltyStore

/// An import file is read a piece at a time (1 MB in the CLI); wherever the pieces happen to end
/// (inside a record, a quoted CSV field, a CRLF, a UTF-8 character or a JSON array), the result must
/// be what reading the whole file at once gives.
final class PiecewiseReadingTests: XCTestCase {
    private let files: [(name: String, format: ImportFormat)] = [
        ("woocommerce-snapshot-1.json", .woocommerce), ("woocommerce-snapshot-2.jsonl", .woocommerce), ("woocommerce-bad-rows.jsonl", .woocommerce),
        ("shopify-orders-export-1.csv", .shopify), ("shopify-other-currency.csv", .shopify),
        ("events.csv", .events), ("events.jsonl", .events), ("events-bad.csv", .events),
    ]

    func testPiecesOfAnySizeReadAsTheWholeFile() throws {
        var inputs = try files.map { (name: $0.name, format: $0.format, bytes: try Fixture.bytes($0.name)) }
        inputs.append(("generated orders", .woocommerce, Array(generatedWooOrders(40).utf8)))
        inputs.append(("CRLF JSON-lines with a BOM", .woocommerce, [0xEF, 0xBB, 0xBF] + Array(generatedWooOrders(5).replacingOccurrences(of: "\n", with: "\r\n").utf8)))
        for input in inputs {
            let whole = input.format.parse(input.bytes, file: "f", currency: .euro)
            XCTAssertGreaterThan(whole.rows, 0, input.name)
            for size in [1, 2, 3, 5, 16, 100, 1_000] {
                assertSameReading(readInPieces(input.bytes, input.format, pieceSize: size), whole, "\(input.name) in pieces of \(size)")
            }
        }
    }

    func testAFileReadFromDiskInSmallPiecesIsReadAsAWhole() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("piecewise-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = try Fixture.bytes("woocommerce-snapshot-1.json")  // a pretty-printed array: each order is far longer than a piece
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var pieces = ParsedImport()
        try ImportSource.file(path: path).parse(ImportReader(format: .woocommerce, file: "f", currency: .euro), pieceSize: 64) { piece, _ in
            pieces.items += piece.items
            pieces.problems += piece.problems
            pieces.rows += piece.rows
            pieces.passedOver += piece.passedOver
        }
        assertSameReading(pieces, ImportFormat.woocommerce.parse(bytes, file: "f", currency: .euro), "64-byte pieces from disk")
    }
}
