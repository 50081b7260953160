/// Why a `.po` file could not be read: the file, the line and what is wrong there.
public struct CatalogError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file) line \(line): \(reason)" }
}
