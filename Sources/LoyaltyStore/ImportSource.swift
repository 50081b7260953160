import Foundation
import LoyaltyCore

/// Where an import's bytes come from: a file, read a piece at a time so that a file of any size is
/// read in little memory, or bytes already in memory. An import reads it twice: once to check every
/// row before anything is written, once to apply the rows.
public enum ImportSource: Sendable {
    case file(path: String)
    case bytes([UInt8])

    /// How many bytes it holds, for progress; nil when the file cannot be looked at or is a stream.
    var size: Int? {
        switch self {
        case .file(let path):
            if isStream { return nil }
            return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        case .bytes(let bytes): return bytes.count
        }
    }

    /// Reads all of it through `reader`, a piece at a time, copying each piece to `spool` when given;
    /// after each piece `handle` gets what the piece held (its items, problems and counts) and how many
    /// bytes have been read so far. Stops early when the reader refuses the file as a whole.
    func parse(_ reader: ImportReader, pieceSize: Int = 1 << 20, copyingTo spool: ImportSpool? = nil,
               _ handle: (ParsedImport, _ bytesRead: Int) throws -> Void) throws {
        var reader = reader
        switch self {
        case .bytes(let bytes):
            var parsed = ParsedImport()
            _ = reader.read(bytes[...], atEnd: true, into: &parsed)
            try handle(parsed, bytes.count)
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw ImportSource.unreadable(path) }
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: pieceSize)
            var unread = 0..<0  // read from the file, not yet used by the reader
            var bytesRead = 0
            var atEnd = false
            while !atEnd, !reader.refusedFile {
                if buffer.count - unread.upperBound < pieceSize / 2 {
                    if unread.lowerBound > 0 {
                        buffer.withUnsafeMutableBytes { _ = memmove($0.baseAddress!, $0.baseAddress! + unread.lowerBound, unread.count) }
                        unread = 0..<unread.count
                    }
                    if buffer.count - unread.upperBound < pieceSize / 2 {  // a record longer than the buffer
                        buffer.append(contentsOf: repeatElement(0, count: buffer.count))
                    }
                }
                let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + unread.upperBound, $0.count - unread.upperBound) }
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw ImportSource.unreadable(path) }
                if let spool, count > 0 {
                    try buffer.withUnsafeBytes { try spool.append(UnsafeRawBufferPointer(rebasing: $0[unread.upperBound..<(unread.upperBound + count)])) }
                }
                atEnd = count == 0
                bytesRead += count
                unread = unread.lowerBound..<(unread.upperBound + count)
                var parsed = ParsedImport()
                unread = (unread.lowerBound + reader.read(buffer[unread], atEnd: atEnd, into: &parsed))..<unread.upperBound
                try handle(parsed, bytesRead)
            }
        }
    }

    private static func unreadable(_ path: String) -> LoyaltyError {
        .file(.cannotReadImport(path: path, reason: String(cString: strerror(errno))))
    }
}

extension ImportSource {
    /// `parse` on a second thread, a few pieces ahead of `handle`, so that reading and checking the
    /// file overlaps with applying it (the machine's other core parses while this one writes).
    /// `prepare` turns each piece, given the position among the file's items of its first item, into
    /// what `handle` gets, on that second thread too.
    func parseAhead<Prepared: Sendable>(_ reader: ImportReader, preparing prepare: @escaping @Sendable (ParsedImport, _ firstItem: Int) -> Prepared,
                                        _ handle: (Prepared) throws -> Void) throws {
        let handOff = HandOff<Prepared>(capacity: 4)
        defer { handOff.cancel() }
        let source = self
        Thread.detachNewThread {
            do {
                var itemsBefore = 0
                try source.parse(reader) { piece, _ in
                    let prepared = prepare(piece, itemsBefore)
                    itemsBefore += piece.items.count
                    guard handOff.put(prepared) else { throw CancellationError() }
                }
                handOff.finish(nil)
            } catch {
                handOff.finish(error)
            }
        }
        while let piece = try handOff.take() { try handle(piece) }
    }
}
