import Foundation
import LoyaltyCore
import LoyaltyStore

/// The members, prefixes and substrings the benchmark uses, drawn at random (from a fixed seed)
/// from the whole database.
struct Workload {
    var random = SeededGenerator(seed: 2_026)
    let memberCount: Int64

    /// A member picked at random (ids are 1…count in a demo database).
    mutating func member(_ store: Store) throws -> Member {
        try store.member(id: 1 + random.below(memberCount))
    }

    /// `count` name and e-mail prefixes of 2 to 5 characters, alternating, some typed in lower case.
    mutating func prefixes(_ count: Int, store: Store) throws -> [String] {
        try (0..<count).map { index in
            let member = try self.member(store)
            let text = index % 2 == 0 ? member.details.name : member.details.email
            let prefix = String(text.prefix(2 + Int(random.below(4))))
            return index % 4 == 2 ? prefix.lowercased() : prefix
        }
    }

    /// `count` pieces of `length` characters from inside names and e-mails (never their start),
    /// alternating, with the member each came from.
    mutating func substrings(_ count: Int, length: ClosedRange<Int>, store: Store) throws -> [(text: String, member: Member)] {
        try (0..<count).map { index in
            let member = try self.member(store)
            let text = Array(index % 2 == 0 ? member.details.name : member.details.email)
            let pieceLength = length.lowerBound + Int(random.below(Int64(length.count)))
            let start = 1 + Int(random.below(Int64(max(1, text.count - pieceLength - 1))))
            return (String(text[start..<min(text.count, start + pieceLength)]), member)
        }
    }

    /// Keyset cursors at `count` random members: pages that start anywhere in the middle of the list.
    mutating func cursors(_ count: Int, store: Store) throws -> [MemberCursor] {
        try (0..<count).map { _ in
            let member = try self.member(store)
            return MemberCursor(name: member.details.name, id: member.id)
        }
    }
}

/// Every prefix of `text` from one character on: what the search sees as it is typed.
func typedSteps(_ text: String) -> [String] {
    (1...max(1, text.count)).map { String(text.prefix($0)) }
}
