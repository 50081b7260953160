/// The catalogs built into the program, one `.po` file per language in `Catalogs/`, embedded in
/// the binary by SwiftPM (`.embedInCode`): `swift run`, a built binary copied anywhere and the
/// tests all read the same text, with no file to find at run time and no locale installed.
public enum ShippedCatalogs {
    /// The `.po` text of `language`'s catalog.
    public static func text(_ language: Language) -> String {
        let bytes: [UInt8]
        switch language {
        case .english: bytes = PackageResources.en_po
        case .dutch: bytes = PackageResources.nl_po
        case .french: bytes = PackageResources.fr_po
        case .hebrew: bytes = PackageResources.he_po
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `language`'s catalog, read from its `.po` text.
    public static func catalog(_ language: Language) throws -> Catalog {
        try POParser(file: "\(language.rawValue).po").parse(text(language))
    }
}
