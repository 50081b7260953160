import XCTest
import LoyaltyCore

/// Reads `bytes` as the store does, given `pieceSize` new bytes at a time: each piece is added to
/// what the reader left unread, and the last call, with no new bytes, says the file has ended.
public func readInPieces(_ bytes: [UInt8], _ format: ImportFormat, file: String = "f", pieceSize: Int) -> ParsedImport {
    var reader = ImportReader(format: format, file: file, currency: .euro)
    var result = ParsedImport()
    var unread: [UInt8] = []
    var offset = 0
    while true {
        let piece = bytes[offset..<min(bytes.count, offset + pieceSize)]
        offset += piece.count
        unread += piece
        let used = reader.read(unread[...], atEnd: piece.isEmpty, into: &result)
        unread.removeFirst(used)
        if piece.isEmpty { return result }
    }
}

/// Asserts that reading in pieces gave what reading the whole file at once gives: the same items,
/// problems, rows and rows passed over.
public func assertSameReading(_ pieces: ParsedImport, _ whole: ParsedImport, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(pieces.items, whole.items, message, file: file, line: line)
    XCTAssertEqual(pieces.problems, whole.problems, message, file: file, line: line)
    XCTAssertEqual(pieces.rows, whole.rows, message, file: file, line: line)
    XCTAssertEqual(pieces.passedOver, whole.passedOver, message, file: file, line: line)
}
