/// A field of a CSV record that is not UTF-8 text: its position and its first wrong byte. Import files
/// must be UTF-8; one saved as Latin-1 or Windows-1252 (Excel's "CSV" on some systems) is refused
/// row by row, naming the byte, rather than stored with U+FFFD in place of its letters.
public struct NotUTF8: Sendable, Equatable {
    public let field: Int
    public let byte: UInt8

    /// The first byte of `bytes` that does not belong to UTF-8 text; nil when all of them do.
    static func firstWrongByte<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt8? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return bytes.dropFirst(offset).first
            case .emptyInput: return nil
            }
        }
    }

    /// Why text holding `byte` cannot be imported, and what to do.
    static func why(_ byte: UInt8) -> String {
        "byte 0x\(String(byte, radix: 16, uppercase: true)) is not UTF-8: the file looks saved as Latin-1 or Windows-1252; "
            + "save it as UTF-8 (in Excel: Save As → CSV UTF-8) and run again"
    }
}
