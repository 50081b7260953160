/// The months' names, lower case where the language writes them so (nl, fr).
enum MonthNames {
    private static let names: [Language: [String]] = [
        .english: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        .dutch: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        .french: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        .hebrew: ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
    ]

    /// The name of `month` (1 = January).
    static func name(_ month: Int, in language: Language) -> String {
        let list = names[language] ?? []
        return list.indices.contains(month - 1) ? list[month - 1] : String(month)
    }
}
