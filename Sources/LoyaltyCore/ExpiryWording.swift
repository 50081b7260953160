/// How points expiry is described to the owner. A point's expiry date is set when it is earned;
/// switching expiry on (or changing its months) while points are held asks whether it applies to
/// them too (see `HeldPointsExpiry`).
public enum ExpiryWording {
    /// "12 months after earning", or "never".
    public static func summary(months: Int?) -> String {
        months.map { "\(Counting.count($0, "month")) after earning" } ?? "never"
    }

    /// What setting it does, for a form's hint or an option's help.
    public static let appliesFromNow = "applies to points earned from now on; while points are held, --expiry-applies says whether it applies to them too"
}
