import Foundation

/// Refusals of the moment something happened: an order's date, a refund's, `--at`.
public enum MomentRefusal: Refusal, Equatable {
    /// `text` is not a date or a timestamp Loyalty reads.
    case notAMoment(text: String)
    /// `moment` is later than `now` by more than clocks may differ (`EventMoment.allowedAhead`).
    case inTheFuture(moment: Date, now: Date)

    public var category: RefusalCategory { .invalid }
}
