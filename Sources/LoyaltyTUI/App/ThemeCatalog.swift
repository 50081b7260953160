import Foundation

/// Finds theme files by name (`NAME.theme`) in a list of directories, first match wins.
public struct ThemeCatalog: Sendable {
    public let directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The theme named `name`, or an error listing where it was looked for and the names available.
    public func load(_ name: String) throws -> Theme {
        for directory in directories {
            let path = (directory as NSString).appendingPathComponent("\(name).theme")
            if FileManager.default.fileExists(atPath: path) { return try Theme.load(path: path) }
        }
        let available = names
        throw ThemeError(source: "theme", line: nil, message: "no theme named \"\(name)\""
            + (available.isEmpty ? " (no theme directory found)" : "; available: \(available.joined(separator: ", "))"))
    }

    /// Every theme name found, sorted.
    public var names: [String] {
        Set(directories.flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(".theme".count)) }
        }).sorted()
    }
}
