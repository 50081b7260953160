import Foundation

/// Reads an import file of one format as it arrives, piece by piece, so a file of any size is read
/// in little memory: each call reads the complete records at the start of the bytes it is given into
/// a `ParsedImport` (items, problems, counts) and says how many bytes it used; the caller gives the
/// rest again, followed by the next piece of the file.
public struct ImportReader: Sendable {
    private enum State: Sendable {
        case woocommerce(JSONRecords)
        case shopify(ShopifyOrders.Reader)
        case events(GenericEvents.Reader)
    }

    public let format: ImportFormat
    private let file: String
    private let currency: Currency
    /// When the file is imported; rows dated after it (beyond `EventMoment.allowedAhead`) are problems.
    private let importedAt: Date?
    private var state: State
    /// A problem of the file as a whole was found: nothing after it is read (see `RowProblem.refusesFile`).
    public private(set) var refusedFile = false

    /// The longest record (a CSV row, a JSON order) a file may hold: 1 MiB. A longer one is no order
    /// of a shop, but a damaged file or the wrong one (`/dev/zero`), and it refuses the file.
    public static let maximumRecordBytes = 1 << 20

    /// Why a file with a record longer than `maximumRecordBytes` is refused.
    static let tooLong = "the record that starts here is longer than 1 MiB (the most one order or row may take); "
        + "this is not an export of orders, or it is damaged: check the file"

    /// A reader of `file` (the name used in problems); amounts must be in `currency`, the programme's;
    /// dates no later than `importedAt` (plus `EventMoment.allowedAhead`) when it is given.
    public init(format: ImportFormat, file: String, currency: Currency, importedAt: Date? = nil) {
        self.format = format
        self.importedAt = importedAt
        self.file = file
        self.currency = currency
        switch format {
        case .woocommerce: state = .woocommerce(JSONRecords())
        case .shopify: state = .shopify(ShopifyOrders.Reader(file: file, currency: currency))
        case .events: state = .events(GenericEvents.Reader(file: file, currency: currency))
        }
    }

    /// Reads the complete records at the start of `bytes` (all of them when `atEnd`, the end of the
    /// file) into `result`; returns how many bytes were used.
    public mutating func read(_ bytes: ArraySlice<UInt8>, atEnd: Bool, into result: inout ParsedImport) -> Int {
        if refusedFile { return bytes.count }
        let known = result.problems.count
        result.importedAt = importedAt
        let used = readRecords(bytes, atEnd: atEnd, into: &result)
        if result.problems[known...].contains(where: \.refusesFile) {
            refusedFile = true
            return bytes.count
        }
        return used
    }

    private mutating func readRecords(_ bytes: ArraySlice<UInt8>, atEnd: Bool, into result: inout ParsedImport) -> Int {
        switch state {
        case .woocommerce(var records):
            defer { state = .woocommerce(records) }
            return WooCommerceOrders.read(bytes, atEnd: atEnd, records: &records, file: file, currency: currency, into: &result)
        case .shopify(var reader):
            state = .woocommerce(JSONRecords())  // let go of `reader`'s storage so it is changed in place, not copied
            defer { state = .shopify(reader) }
            return reader.read(bytes, atEnd: atEnd, into: &result)
        case .events(var reader):
            defer { state = .events(reader) }
            return reader.read(bytes, atEnd: atEnd, into: &result)
        }
    }
}

extension ImportFormat {
    /// Reads a whole file held in memory. Amounts must be in `currency`, the programme's.
    public func parse(_ bytes: [UInt8], file: String, currency: Currency) -> ParsedImport {
        var reader = ImportReader(format: self, file: file, currency: currency)
        var result = ParsedImport()
        _ = reader.read(bytes[...], atEnd: true, into: &result)
        return result
    }
}
