/// A programme's points name after a number, in the customer language: the owner writes the name as
/// a plural ("Punten", "Points", "נקודות") and a count that takes the singular (1; in French 0 and 1
/// too) takes the name's singular, made by the language's commonest rule so that "1 Punten" reads
/// "1 Punt". A name the rule does not fit stays as written ("1 Karma"), as in English.
extension CustomerLanguage {
    /// Whether `count` of something takes the singular: 1 (or −1); in French 0 too.
    public func takesSingular(_ count: Int64) -> Bool {
        self == .french ? count.magnitude <= 1 : count.magnitude == 1
    }

    /// A number of points in the programme's points name: "1 Punt", "1.250 Punten", "0 point",
    /// "1 point"; in Hebrew one point is "נקודה אחת" (the word, then "one" agreeing with it), where
    /// the name's singular and gender are known from its plural.
    public func points(_ points: Points, named name: String) -> String {
        if self == .hebrew, points == 1, let one = hebrewOne(of: name) { return one }
        return "\(number(points)) \(pointsWord(points, named: name))"
    }

    /// The points name that goes after `points`: the singular when the count takes it.
    public func pointsWord(_ points: Points, named name: String) -> String {
        takesSingular(points) ? singular(ofPointsName: name) : name
    }

    /// The singular of a points name written as a plural:
    /// - English: `Counting.singular(ofPointsName:)` (Stars → Star).
    /// - Dutch: -s dropped (Stempels → Stempel); -en dropped, a doubled consonant made single and a
    ///   long vowel written double again (Punten → Punt, Sterren → Ster, Kronen → Kroon).
    /// - French: a final -s or -x dropped (Points → Point, Étoiles → Étoile, Bijoux → Bijou).
    /// - Hebrew: -ות becomes -ה (נקודות → נקודה); -ים is dropped and the letter before it takes its
    ///   final form (כוכבים → כוכב; מטבעות stays: its singular is not formed by the rule).
    public func singular(ofPointsName name: String) -> String {
        let lower = name.lowercased()
        switch self {
        case .english: return Counting.singular(ofPointsName: name)
        case .french:
            guard name.count > 1, lower.hasSuffix("s") || lower.hasSuffix("x"), !lower.hasSuffix("ss") else { return name }
            return String(name.dropLast())
        case .dutch:
            if name.count > 2, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("es") { return String(name.dropLast()) }
            guard name.count > 3, lower.hasSuffix("en") else { return name }
            return Self.dutchStem(Array(name.dropLast(2)))
        case .hebrew:
            if name.count > 2, name.hasSuffix("ות"), !Self.hebrewOtNotFeminineA.contains(name) { return String(name.dropLast(2)) + "ה" }
            if name.count > 2, name.hasSuffix("ים") {
                var stem = Array(name.dropLast(2))
                if let last = stem.last, let final = Self.hebrewFinalForms[last] { stem[stem.count - 1] = final }
                return String(stem)
            }
            return name
        }
    }

    /// One point in Hebrew: the singular and then "one" in its gender ("נקודה אחת", "כוכב אחד"), or
    /// nil when the name's singular is not formed by the rule.
    private func hebrewOne(of name: String) -> String? {
        let singular = singular(ofPointsName: name)
        guard singular != name else { return nil }
        return name.hasSuffix("ות") ? "\(singular) אחת" : "\(singular) אחד"
    }

    /// Hebrew plurals in -ות whose singular does not end in -ה (מטבע, not מטבעה).
    private static let hebrewOtNotFeminineA: Set<String> = ["מטבעות"]

    private static let hebrewFinalForms: [Character: Character] = ["כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"]

    /// A Dutch stem before -en as the singular writes it: "sterr" → "Ster", "kron" → "Kroon".
    private static func dutchStem(_ stem: [Character]) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
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
