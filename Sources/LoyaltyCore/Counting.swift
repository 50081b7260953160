/// Numbers with the word they count, in English: "1 person", "3 people", "1 Star", "40 Stars".
public enum Counting {
    /// `count` and `singular` for 1 (or −1), else `plural` (the singular with "s" unless given).
    public static func count(_ count: Int64, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(abs(count) == 1 ? singular : plural ?? singular + "s")"
    }

    /// `count` and `singular` for 1 (or −1), else `plural` (the singular with "s" unless given).
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        self.count(Int64(count), singular, plural)
    }

    /// The singular of a programme's points name, which is written as a plural ("Stars"). The rule
    /// is kept simple on purpose: a final "s" is dropped unless the name ends in "ss" (Stars → Star,
    /// Points → Point, Cookies → Cookie, Glass → Glass); any other name stays as it is (Karma, 星).
    /// A name whose singular is formed otherwise ("Berries") is best replaced by one that is not.
    public static func singular(ofPointsName name: String) -> String {
        let lower = name.lowercased()
        guard lower.hasSuffix("s"), !lower.hasSuffix("ss"), name.count > 1 else { return name }
        return String(name.dropLast())
    }

    /// A number of points in a programme's own word: "1 Star", "40 Stars", "−1 Star".
    public static func points(_ points: Points, named pointsName: String) -> String {
        "\(points) \(pointsWord(points, named: pointsName))"
    }

    /// The points name that goes after `points`: "Star" after 1 (or −1), else "Stars".
    public static func pointsWord(_ points: Points, named pointsName: String) -> String {
        abs(points) == 1 ? singular(ofPointsName: pointsName) : pointsName
    }
}

extension Program {
    /// A number of this programme's points: "1 Star", "40 Stars".
    public func points(_ points: Points) -> String { Counting.points(points, named: pointsName) }
}

extension MemberStatus {
    /// The status after "is" or "is now": "a member", "a visitor", "pending".
    public var phrase: String { self == .pending ? "pending" : "a \(rawValue)" }
}
