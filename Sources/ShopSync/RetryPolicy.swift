import Foundation

/// How often and how long to wait before asking again after an answer that says "not now": 429
/// (too many requests) and 5xx (the shop failed), and after no answer at all (timed out,
/// unreachable). The wait doubles from `firstWait` up to `longestWait`, or is what the shop's
/// `Retry-After` asks (seconds, as Shopify writes it "2.0", or an HTTP date), never longer than
/// `longestWait`.
public struct RetryPolicy: Sendable {
    /// Tries in all, the first included.
    public var attempts: Int
    public var firstWait: Double
    public var longestWait: Double

    public init(attempts: Int = 5, firstWait: Double = 1, longestWait: Double = 60) {
        self.attempts = attempts
        self.firstWait = firstWait
        self.longestWait = longestWait
    }

    /// True for the statuses worth asking again.
    public static func isTransient(_ status: Int) -> Bool { status == 429 || (500...599).contains(status) }

    /// Seconds to wait before try number `attempt + 1` (`attempt` counts from 1), given the answer's
    /// `Retry-After`, if any, read at `now`.
    public func wait(after attempt: Int, retryAfter: String?, now: Date = Date()) -> Double {
        let doubling = min(longestWait, firstWait * pow(2, Double(attempt - 1)))
        guard let retryAfter = retryAfter?.trimmingCharacters(in: .whitespaces), !retryAfter.isEmpty else { return doubling }
        if let seconds = Double(retryAfter), seconds.isFinite, seconds >= 0 { return min(longestWait, seconds) }
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "GMT")
        format.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        if let date = format.date(from: retryAfter) { return min(longestWait, max(0, date.timeIntervalSince(now))) }
        return doubling
    }
}
