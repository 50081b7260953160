/// How points expiry is described to the owner. A point's expiry date is set when it is earned, so
/// switching expiry on (or changing its months) applies to points earned from then on; points
/// already earned keep the date they had, or none.
public enum ExpiryWording {
    /// "12 months after earning, for points earned since it was set", or "never".
    public static func summary(months: Int?) -> String {
        months.map { "\($0) months after earning, for points earned since it was set" } ?? "never"
    }

    /// What setting it does, for a form's hint or an option's help.
    public static let appliesFromNow = "applies to points earned from now on; points already earned keep their date (or none)"
}
