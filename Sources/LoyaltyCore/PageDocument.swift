/// What a customer-facing page says, as plain values: a title, a few lines under it, and sections of
/// items. The dashboard's Pages preview draws it as text and `loyalty page export` writes it as HTML,
/// so both always say the same thing.
public struct PageDocument: Equatable, Sendable {
    public var title: String
    public var intro: [PageItem]
    public var sections: [PageSection]

    public init(title: String, intro: [PageItem] = [], sections: [PageSection] = []) {
        self.title = title
        self.intro = intro
        self.sections = sections
    }
}

/// A headed part of a page, e.g. "How to earn" with one item per way to earn.
public struct PageSection: Equatable, Sendable {
    public var heading: String
    public var items: [PageItem]
    /// True when the items are a list (ways to earn, rewards), false for running text.
    public var isList: Bool

    public init(heading: String, items: [PageItem], isList: Bool = true) {
        self.heading = heading
        self.items = items
        self.isList = isList
    }
}

/// One line of a page.
public struct PageItem: Equatable, Sendable {
    /// How the line is meant: ordinary, of lesser note, good news, or a warning.
    public enum Tone: String, Sendable { case normal, muted, success, warning }
    /// The mark before a list item: "·", or "✓" for a reward the member can redeem now; nil for none.
    public enum Marker: String, Sendable { case bullet = "·", check = "✓" }

    public var text: String
    public var tone: Tone
    public var marker: Marker?
    /// A code to show apart before the text (a coupon code), in groups of four.
    public var code: String?

    public init(_ text: String, tone: Tone = .normal, marker: Marker? = nil, code: String? = nil) {
        self.text = text
        self.tone = tone
        self.marker = marker
        self.code = code
    }
}

extension CouponCode {
    /// A code in groups of four for reading aloud: "ABCD-EFGH-JKMN".
    public static func grouped(_ code: String) -> String {
        var groups: [String] = []
        var rest = Substring(code)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(4)))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: "-")
    }
}
