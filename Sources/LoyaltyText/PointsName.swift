import LoyaltyCore

/// A programme's points name after a number in the operator's language, by the rule customers read
/// it by (`CustomerLanguage.singular(ofPointsName:)`): the owner writes the name as a plural
/// ("Punten", "Points", "נקודות") and the number's plural form takes its singular, "1 Punt".
public enum PointsName {
    /// The singular of `name` in `language`: Punten → Punt, Étoiles → Étoile, נקודות → נקודה, Stars → Star.
    public static func singular(of name: String, in language: Language) -> String {
        (CustomerLanguage(rawValue: language.rawValue) ?? .english).singular(ofPointsName: name)
    }
}
