import LoyaltyCore

/// A programme's points name after a number, as `Counting.singular(ofPointsName:)` does it in
/// English: the owner writes the name as a plural ("Punten", "Points", "נקודות") and the number's
/// plural form (1 in Dutch and Hebrew, 0 and 1 in French) takes its singular, made by the
/// language's commonest rule so that "1 Punten" reads "1 Punt". A name the rule does not fit stays
/// as written ("1 Karma"), as in English.
public enum PointsName {
    /// The singular of `name` in `language`:
    /// - Dutch: -s dropped (Stempels → Stempel); -en dropped, a doubled consonant made single and a
    ///   long vowel written double again (Punten → Punt, Sterren → Ster, Kronen → Kroon).
    /// - French: a final -s or -x dropped (Points → Point, Étoiles → Étoile, Bijoux → Bijou).
    /// - Hebrew: -ות becomes -ה (נקודות → נקודה); -ים is dropped and the letter before it takes its
    ///   final form (כוכבים → כוכב, מטבעות stays: its singular is not formed by the rule).
    /// - English: `Counting.singular(ofPointsName:)`.
    public static func singular(of name: String, in language: Language) -> String {
        let lower = name.lowercased()
        switch language {
        case .english: return Counting.singular(ofPointsName: name)
        case .french:
            guard name.count > 1, lower.hasSuffix("s") || lower.hasSuffix("x"), !lower.hasSuffix("ss") else { return name }
            return String(name.dropLast())
        case .dutch:
            if name.count > 2, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("es") { return String(name.dropLast()) }
            guard name.count > 3, lower.hasSuffix("en") else { return name }
            return dutchStem(Array(name.dropLast(2)))
        case .hebrew:
            if name.count > 2, name.hasSuffix("ות"), !knownFeminineOt.contains(name) { return String(name.dropLast(2)) + "ה" }
            if name.count > 2, name.hasSuffix("ים") {
                var stem = Array(name.dropLast(2))
                if let last = stem.last, let final = finalForms[last] { stem[stem.count - 1] = final }
                return String(stem)
            }
            return name
        }
    }

    /// Hebrew plurals in -ות whose singular does not end in -ה (מטבע, not מטבעה).
    private static let knownFeminineOt: Set<String> = ["מטבעות"]

    private static let finalForms: [Character: Character] = ["כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"]

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// A Dutch stem before -en as the singular writes it: "sterr" → "Ster", "kron" → "Kroon".
    private static func dutchStem(_ stem: [Character]) -> String {
        let lower = stem.map { Character($0.lowercased()) }
        let n = lower.count
        guard n >= 2 else { return String(stem) }
        if lower[n - 1] == lower[n - 2], !vowels.contains(lower[n - 1]) { return String(stem.dropLast()) }
        if n >= 3, !vowels.contains(lower[n - 1]), ["a", "o", "u"].contains(lower[n - 2]), !vowels.contains(lower[n - 3]) {
            var long = stem
            long.insert(stem[n - 2], at: n - 1)
            return String(long)
        }
        return String(stem)
    }
}
