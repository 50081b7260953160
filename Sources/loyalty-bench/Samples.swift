import Foundation

/// Nanoseconds on the monotonic clock (never jumps with the wall clock).
func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Runs `body` and returns how long it took, in milliseconds.
@discardableResult
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = monotonicNanoseconds()
    try body()
    return Double(monotonicNanoseconds() - start) / 1_000_000
}

/// Repeated timings of one thing, in milliseconds.
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) { self.values = values }

    mutating func add(_ value: Double) { values.append(value) }
    mutating func add(_ other: Samples) { values += other.values }

    /// Times `body` and keeps the timing.
    mutating func time(_ body: () throws -> Void) rethrows {
        values.append(try milliseconds(body))
    }

    var count: Int { values.count }
    var median: Double { percentile(50) }
    var p95: Double { percentile(95) }
    var max: Double { values.max() ?? 0 }
    var mean: Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }

    /// The nearest-rank percentile: the smallest sample at or above `percent` % of all samples.
    func percentile(_ percent: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
}
