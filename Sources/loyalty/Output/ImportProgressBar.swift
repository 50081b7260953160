import Foundation
import LoyaltyStore
import LoyaltyText

/// An import's progress on stderr, redrawn at most 10 times a second: first `Checking FILE… 40%`
/// while every row is checked, then `[#####·····] 412000/1000000 rows  96000/s  ETA 0:06` while
/// they are applied.
final class ImportProgressBar {
    private let file: String
    private let words: Localizer
    private var applyingSince: Date?
    private var lastDraw = Date.distantPast

    init(file: String, words: Localizer) {
        self.file = file
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
            let progress = words.text("{done}/{total} rows  {rate}/s  ETA {eta}", ["done": .integer(Int64(done)), "total": .integer(Int64(total)),
                                                                                  "rate": .integer(Int64(rate)), "eta": .text("\(eta / 60):\(String(format: "%02d", eta % 60))")])
            draw("[\(String(repeating: "#", count: filled))\(String(repeating: "·", count: width - filled))] " + progress, at: now)
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
