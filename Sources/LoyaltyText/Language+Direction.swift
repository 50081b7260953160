extension Language {
    /// Whether the language is written from right to left (Hebrew): its screens are mirrored.
    public var writesRightToLeft: Bool { self == .hebrew }
}
