import Foundation
import LoyaltyCore

/// The ways whole import files get damaged in practice.
enum FileDamage: String, CaseIterable {
    /// Something after the closing `]` of a WooCommerce array.
    case textAfterArray
    /// Two exports joined (`cat page1 page2`).
    case arraysJoined
    /// A `}` that closes no `{`, between two orders.
    case strayBrace
    /// CSV saved by Excel for Mac: records end in CR alone.
    case carriageReturnsOnly
    /// The file ends at a random byte.
    case cutShort
    /// A column the import reads is named twice in the header.
    case repeatedColumn
    /// Saved as Latin-1: every `ë` is the one byte 0xEB.
    case latin1
    /// A record over the 1 MiB limit.
    case hugeRecord
}

/// A damaged file, the file it was made from, and the line its refusal must name when the damage
/// fixes one.
struct DamagedFile {
    let damage: FileDamage
    let format: ImportFormat
    let name: String
    let bytes: [UInt8]
    /// The file before the damage; for `carriageReturnsOnly`, the same rows with LF line ends.
    let original: [UInt8]
    let line: Int?
}

extension FuzzFiles {
    /// WooCommerce orders as one JSON array, one order per line, and the orders' own bytes.
    mutating func wooArray(rows: Int) -> (bytes: [UInt8], orders: [[UInt8]]) {
        let orders = (0..<rows).map { _ in wooOrder() }
        return (Array("[\n".utf8) + Array(orders.joined(separator: Array(",\n".utf8))) + Array("\n]\n".utf8), orders)
    }

    /// A file of `rows` rows with `damage` done to it.
    mutating func damaged(_ damage: FileDamage, rows: Int, round: Int) -> DamagedFile {
        let name = "\(damage.rawValue)-\(round)"
        let lines = { (bytes: [UInt8]) in bytes.count { $0 == 0x0A } + 1 }  // the line the byte after `bytes` is on
        switch damage {
        case .textAfterArray:
            let array = wooArray(rows: rows).bytes
            let after = Array(values.pick(["{\"id\": 1}\n", "garbage", "]\n", "}\n", "\n\n,", "null"]).utf8)
            return DamagedFile(damage: damage, format: .woocommerce, name: name + ".json", bytes: array + after, original: array,
                               line: lines(array) + after.prefix { $0 == 0x0A }.count)
        case .arraysJoined:
            var first = wooArray(rows: rows).bytes
            if values.random.chance(3) { first.removeLast() }  // `]` and `[` on one line
            return DamagedFile(damage: damage, format: .woocommerce, name: name + ".json", bytes: first + wooArray(rows: rows).bytes,
                               original: first, line: lines(first))
        case .strayBrace:
            let (array, orders) = wooArray(rows: rows)
            let after = Int(values.random.below(Int64(rows)))
            let before = Array("[\n".utf8) + Array(orders[...after].joined(separator: Array(",\n".utf8)))
            let rest = Array(array[before.count...])
            return DamagedFile(damage: damage, format: .woocommerce, name: name + ".json", bytes: before + [UInt8(ascii: "}")] + rest,
                               original: array, line: lines(before))
        case .carriageReturnsOnly:
            let shopify = values.random.chance(2)
            var mac = self  // the same rows from here on
            mac.lineEnd = [0x0D]
            let bytes = shopify ? mac.shopifyCSV(rows: rows) : mac.eventsCSV(rows: rows)
            let original = shopify ? shopifyCSV(rows: rows) : eventsCSV(rows: rows)
            return DamagedFile(damage: damage, format: shopify ? .shopify : .events, name: name + ".csv", bytes: bytes, original: original, line: nil)
        case .cutShort:
            let (format, suffix, whole): (ImportFormat, String, [UInt8]) = switch values.random.below(4) {
            case 0: (.events, ".csv", eventsCSV(rows: rows))
            case 1: (.shopify, ".csv", shopifyCSV(rows: rows))
            case 2: (.woocommerce, ".jsonl", wooJSON(rows: rows))
            default: (.woocommerce, ".json", wooArray(rows: rows).bytes)
            }
            let cut = 1 + Int(values.random.below(Int64(whole.count - 1)))
            return DamagedFile(damage: damage, format: format, name: name + suffix, bytes: Array(whole.prefix(cut)), original: whole, line: nil)
        case .repeatedColumn:
            let shopify = values.random.chance(2)
            let file = shopify ? shopifyCSV(rows: rows) : eventsCSV(rows: rows)
            let read = shopify ? ["Name", "Email", "Financial Status", "Subtotal", "Total", "Refunded Amount", "Cancelled at", "Billing Name", "Currency"]
                : FuzzFiles.eventColumns
            var column = values.pick(read)
            if values.random.chance(2) { column = " " + column.uppercased() + " " }
            let headerEnd = file.firstIndex(of: lineEnd[0])!
            let bytes = Array(file[..<headerEnd]) + Array(",\(column)".utf8) + Array(file[headerEnd...])
            return DamagedFile(damage: damage, format: shopify ? .shopify : .events, name: name + ".csv", bytes: bytes, original: file, line: 1)
        case .latin1:
            let (format, suffix, file): (ImportFormat, String, [UInt8]) = switch values.random.below(3) {
            case 0: (.events, ".csv", eventsCSV(rows: rows))
            case 1: (.shopify, ".csv", shopifyCSV(rows: rows))
            default: (.woocommerce, ".jsonl", wooJSON(rows: rows))
            }
            var bytes: [UInt8] = []
            var index = 0
            while index < file.count {
                if file[index] == 0xC3, index + 1 < file.count, file[index + 1] == 0xAB {
                    bytes.append(0xEB)
                    index += 2
                } else {
                    bytes.append(file[index])
                    index += 1
                }
            }
            return DamagedFile(damage: damage, format: format, name: name + suffix, bytes: bytes, original: file, line: nil)
        case .hugeRecord:
            let huge = String(repeating: "x", count: ImportReader.maximumRecordBytes + 1 + Int(values.random.below(2_000)))
            switch values.random.below(3) {
            case 0:
                let file = eventsCSV(rows: rows)
                let headerEnd = file.firstIndex(of: 0x0A)! + 1
                let row = Array("order,huge@example.com,H-1,1.00,EUR,2026-03-01,\(huge)\n".utf8)
                return DamagedFile(damage: damage, format: .events, name: name + ".csv", bytes: Array(file[..<headerEnd]) + row + Array(file[headerEnd...]),
                                   original: file, line: 2)
            case 1:
                let file = wooJSON(rows: rows)
                let row = Array("{\"id\": 1, \"status\": \"pending\", \"note\": \"\(huge)\"}\n".utf8)
                return DamagedFile(damage: damage, format: .woocommerce, name: name + ".jsonl", bytes: row + file, original: file, line: 1)
            default:
                let file = wooArray(rows: rows).bytes
                let row = Array("{\"id\": 1, \"status\": \"pending\", \"note\": \"\(huge)\"},\n".utf8)
                return DamagedFile(damage: damage, format: .woocommerce, name: name + ".json", bytes: Array(file[..<2]) + row + Array(file[2...]),
                                   original: file, line: 2)
            }
        }
    }
}
