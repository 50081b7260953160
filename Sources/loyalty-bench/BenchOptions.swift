import Foundation

/// What `loyalty-bench` was asked to do.
struct BenchOptions {
    var members = 1_000_000
    var database: String?
    /// Keep an existing database of the right size instead of building a new one.
    var reuse = false
    /// Orders per person in the demo (about 10 ledger entries a person at 0…13).
    var orders: ClosedRange<Int> = 0...13
    var checkRuns = 1
    var seed: UInt64 = 42
    /// Orders in the import measurement (0 skips it).
    var importOrders = 1_000_000
    /// Measure only the import (on the database of `members`), for quick turns while working on it.
    var importOnly = false
    /// Measure only the pages of the member list filtered and sorted each way (`MemberPagesBench`).
    var memberPagesOnly = false
    /// The import's orders without dates (they happen as they are imported), to compare with the dated, shuffled ones.
    var undated = false
    /// Internal: only build the database (run in a child process, so the build's memory does
    /// not count in the benchmark's peak RSS).
    var buildOnly = false

    static let usage = """
        usage: loyalty-bench [--members N] [--db PATH] [--reuse] [--orders LOW...HIGH] [--check-runs N] [--seed N]
                             [--import-orders N] [--import-only] [--undated]
                             [--member-pages-only]
          --members N        people in the demo database (default 1000000)
          --db PATH          the database (default: $TMPDIR/loyalty-bench-N.db)
          --reuse            keep the database at PATH when it exists (else it is rebuilt)
          --orders LOW...HIGH orders per person (default 0...13: about 10 ledger entries a person)
          --check-runs N     how many times to run `check` (default 1; 0 skips it, and the check after the import)
          --import-orders N  WooCommerce orders `loyalty import` reads, into a copy of the database (default 1000000; 0 skips it)
          --import-only      measure only the import, e.g. --members 20000 --import-orders 100000 --import-only
          --undated          the import's orders without dates (as if placed when imported), instead of dated in shuffled order
          --member-pages-only measure only the member list's pages filtered by status and tier, sorted each way
        """

    var databasePath: String {
        database ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("loyalty-bench-\(members).db")
    }

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let value = rest.popFirst() else { throw BenchError.usage("\(name) needs a value") }
            return value
        }
        func number(_ name: String) throws -> Int {
            let text = try value(name)
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number >= 0 else {
                throw BenchError.usage("\(name) needs a whole number, not \"\(text)\"")
            }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--members": options.members = try number(argument)
            case "--db": options.database = try value(argument)
            case "--reuse": options.reuse = true
            case "--check-runs": options.checkRuns = try number(argument)
            case "--seed": options.seed = UInt64(try number(argument))
            case "--orders": options.orders = try parseRange(try value(argument))
            case "--import-orders": options.importOrders = try number(argument)
            case "--import-only": options.importOnly = true
            case "--undated": options.undated = true
            case "--member-pages-only": options.memberPagesOnly = true
            case "--build-only": options.buildOnly = true
            case "-h", "--help": throw BenchError.help
            default: throw BenchError.usage("unknown argument \"\(argument)\"")
            }
        }
        return options
    }

    /// `LOW...HIGH` or `N`.
    static func parseRange(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.components(separatedBy: "...")
        guard let low = Int(parts[0]), let high = Int(parts.last!), parts.count <= 2, 0 <= low, low <= high else {
            throw BenchError.usage("--orders needs LOW...HIGH (e.g. 0...13), not \"\(text)\"")
        }
        return low...high
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case help
    case failed(String)

    var description: String {
        switch self {
        case .usage(let message): return "\(message)\n\(BenchOptions.usage)"
        case .help: return BenchOptions.usage
        case .failed(let message): return message
        }
    }
}
