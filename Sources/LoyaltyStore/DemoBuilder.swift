import Foundation
import LoyaltyCore

/// How large a demo programme to build.
public struct DemoOptions: Sendable {
    public var members: Int
    /// The same seed always builds the same demo.
    public var seed: UInt64
    /// How many days of history to make up, ending now.
    public var days: Int
    /// How many orders each person places over those days, drawn evenly from this range. The
    /// default (0…3) makes about 3 ledger entries a person; 0…13 about 10, for the benchmark.
    public var ordersPerMember: ClosedRange<Int>
    /// False: the programme is set up but left a draft, ready to launch, with no members (nothing is
    /// earned before a launch), to show the launch from the start.
    public var launched: Bool

    public init(members: Int = 2_000, seed: UInt64 = 42, days: Int = 540, ordersPerMember: ClosedRange<Int> = 0...3, launched: Bool = true) {
        self.members = members
        self.seed = seed
        self.days = days
        self.ordersPerMember = ordersPerMember
        self.launched = launched
    }
}

/// What a demo build wrote.
public struct DemoReport: Sendable {
    public let members: Int
    public let entries: Int
    public let coupons: Int
}

extension Store {
    /// Builds a demo programme ("Café Aurora Rewards", in Stars) with rules, rewards, tiers,
    /// a campaign and `options.members` people with months of history, deterministic from the seed;
    /// or, with `options.launched` false, the same programme as a draft ready to launch, with no one in it.
    /// Refuses a database that already holds a programme or people. All of it is one transaction.
    public func buildDemo(_ options: DemoOptions, progress: (Int) -> Void = { _ in }) throws -> DemoReport {
        guard options.members >= 0, options.members <= 10_000_000, options.days >= 1,
              options.ordersPerMember.lowerBound >= 0, options.ordersPerMember.upperBound <= 1_000 else {
            throw LoyaltyError.demo(.sizeOutOfRange(maximumMembers: 10_000_000, maximumOrdersPerMember: 1_000))
        }
        guard options.launched || options.members == 0 else {
            throw LoyaltyError.demo(.draftHasMembers)
        }
        // A bulk load of rows built consistent by construction; `check` runs SQLite's foreign key check.
        try db.execute("PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA foreign_keys = ON") }
        // One transaction from the first rule to the last member: a demo stopped midway (killed, the
        // disk full) leaves the database as empty as it was, and the next demo can start again.
        return try write(.programme) { tx in
            let empty = try tx.db.scalar("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM earning_rules) + (SELECT count(*) FROM rewards)") == 0
                && (try tx.program().name.isEmpty)
            guard empty else { throw LoyaltyError.demo(.databaseNotEmpty) }
            let rules = try setUpDemoProgramme(launch: options.launched)
            guard options.launched else { return DemoReport(members: 0, entries: 0, coupons: 0) }
            var writer = DemoWriter(tx: tx)
            try writer.run(members: options.members, rules: rules, seed: options.seed, days: options.days,
                           ordersPerMember: options.ordersPerMember, progress: progress)
            return DemoReport(members: options.members, entries: writer.entriesWritten, coupons: writer.couponsWritten)
        }
    }
}
