import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// An import's progress on stderr, redrawn at most 10 times a second: first `Checking FILE… 40%`
/// while every row is checked, then `[#####·····] 412,000/1,000,000 rows  96000/s  ETA 0:06` while
/// they are applied (or the orders and customers a sync reads, by what it counts).
final class ImportProgressBar {
    /// What the bar counts: a file's rows, or the orders or customers a sync reads.
    enum Counted { case rows, orders, customers }

    private let file: String
    private let counted: Counted
    private let words: Localizer
    private var applyingSince: Date?
    private var lastDraw = Date.distantPast

    init(file: String, counting counted: Counted = .rows, words: Localizer) {
        self.file = file
        self.counted = counted
        self.words = words
    }

    func show(_ progress: ImportProgress) {
        let now = Date()
        switch progress {
        case let .checking(bytesRead, size):
            guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            let percent = size.map { $0 > 0 ? " \(min(100, bytesRead * 100 / $0))%" : "" } ?? ""
            draw(words.text("Checking {file}…", ["file": .text(file)]) + percent, at: now)
        case let .applying(done, total):
            let started = applyingSince ?? now
            applyingSince = started
            guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
            let rate = Double(done) / max(now.timeIntervalSince(started), 0.001)
            let width = 30
            let filled = total == 0 ? width : min(width, done * width / total)
            let eta = rate > 0 ? Int(Double(total - done) / rate) : 0
            let values: [String: SentenceValue] = ["done": .grouped(Int64(done)), "rate": .integer(Int64(rate)),
                                                   "eta": .text("\(eta / 60):\(String(format: "%02d", eta % 60))")]
            draw("[\(String(repeating: "#", count: filled))\(String(repeating: "·", count: width - filled))] " + counting(Int64(total), values), at: now)
        }
    }

    /// "412,000/1,000,000 rows  96000/s  ETA 0:06", in the words of what is counted.
    private func counting(_ total: Int64, _ values: [String: SentenceValue]) -> String {
        switch counted {
        case .rows: return words.plural("{done}/{count} row  {rate}/s  ETA {eta}", "{done}/{count} rows  {rate}/s  ETA {eta}", count: total, values)
        case .orders: return words.plural("{done}/{count} order  {rate}/s  ETA {eta}", "{done}/{count} orders  {rate}/s  ETA {eta}", count: total, values)
        case .customers:
            return words.plural("{done}/{count} customer  {rate}/s  ETA {eta}", "{done}/{count} customers  {rate}/s  ETA {eta}", count: total, values)
        }
    }

    func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(_ line: String, at now: Date) {
        lastDraw = now
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }
}
