import LoyaltyCore

/// The order in which an import applies a batch of items: grouped by member, members in id order,
/// each member's items in the order they happened (items of the same moment in file order), so the
/// order of the file's lines does not matter. A big shop's orders arrive in time order, each by a customer
/// picked at random; applied in that order every order reads and writes pages at random places of
/// the member-keyed tables and indexes (the member, their ledger, lots and orders). Grouped by
/// member, the batch walks those pages once, in key order.
///
/// Applying in this order gives every member exactly what file order gives, because items of
/// different groups cannot affect each other. Items that can are put in one group, in the order
/// they happened:
/// - the items of one person (one e-mail, however it is written, or the owner of an order refunded);
/// - items that share an idempotency key (the first to happen is the one recorded);
/// - a referred member and their referrer, and everyone referred by the same referrer (a referred
///   member's first order pays the referrer, whose tier may then change what their later items earn).
/// Only the ids of ledger entries differ from applying the items one by one in the order they
/// happened: new visitors come after the members already known, in the order of their first item,
/// so they get the ids that order gives them too unless they share a group with a known member.
struct MemberOrder {
    /// The indices of `items` in the order to apply them.
    let indices: [Int]

    /// Looks up the people and orders the batch names (in sorted order, so those lookups walk their
    /// indexes once too) and remembers the people in `known` for the earn path.
    init(_ items: [ImportItem], tx: Transaction, known: KnownMembers) throws {
        var subjects = Subjects()
        var itemSubject = [Int?](repeating: nil, count: items.count)
        var orderOwners: [String: Int] = [:]  // order ref → subject, from this batch's orders
        var orderPlaced: [String: (moment: Int64, index: Int)] = [:]  // order ref → its first order item
        var moments = items.map { $0.moment?.unixSeconds ?? Int64.max }
        var refundedRefs: [String] = []
        for (index, item) in items.enumerated() {
            switch item.action {
            case let .earn(event):
                guard let address = try? MemberDetails.validateEmail(event.email) else { continue }
                let subject = subjects.subject(email: KnownMembers.key(address))
                itemSubject[index] = subject
                let id = event.externalID.trimmingWhitespace()
                subjects.sharesKey("\(event.kind.rawValue):\(id)", subject)
                if event.kind == .order, orderOwners[id] == nil {
                    orderOwners[id] = subject
                    orderPlaced[id] = (moments[index], index)
                }
            case let .refund(request):
                refundedRefs.append(request.orderRef.trimmingWhitespace())
            case let .refundedUpTo(order, _), let .cancel(order):
                refundedRefs.append(order.trimmingWhitespace())
            }
        }
        for (address, subject) in subjects.emailsInKeyOrder {
            guard let member = try tx.db.one("SELECT id, referred_by FROM members WHERE email = ?", [address], {
                EarningMember(id: $0.int(0), referredBy: $0.optionalInt(1))
            }) else { continue }
            known.remember(member, email: address)
            subjects.known(subject, member: member)
        }
        var owners: [String: Int] = [:]  // order ref → the subject a refund of it changes
        for ref in Set(refundedRefs).sorted() {
            let recorded = try tx.db.one("SELECT member_id FROM orders WHERE ref = ?", [ref], { $0.int(0) }).map { subjects.subject(memberID: $0) }
            owners[ref] = recorded ?? orderOwners[ref]  // a recorded order stays its member's whoever the file names
        }
        var positions = items.indices.map { 2 * $0 }  // the place in the file; an odd one just after an order
        for (index, item) in items.enumerated() {
            let ref: String
            switch item.action {
            case let .refund(request): ref = request.orderRef.trimmingWhitespace()
            case let .refundedUpTo(order, _), let .cancel(order): ref = order.trimmingWhitespace()
            case .earn: continue
            }
            itemSubject[index] = owners[ref]
            // A refund dated before its order (in this batch) happens when the order does, just after it.
            if let placed = orderPlaced[ref], moments[index] < placed.moment {
                (moments[index], positions[index]) = (placed.moment, 2 * placed.index + 1)
            }
        }
        indices = subjects.applyingOrder(itemSubject, moments: moments, positions: positions)
    }
}

/// The people a batch names, as numbered subjects joined into groups (union–find) that must be
/// applied together, in file order.
private struct Subjects {
    private var byEmail: [String: Int] = [:]
    private var byMemberID: [Int64: Int] = [:]
    private var firstSubjectOfKey: [String: Int] = [:]
    /// Each subject's member id once known (nil: a new visitor), and its group's parent.
    private var memberIDs: [Int64?] = []
    private var parents: [Int] = []

    var emailsInKeyOrder: [(String, Int)] { byEmail.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

    mutating func subject(email: String) -> Int {
        if let subject = byEmail[email] { return subject }
        let subject = newSubject(memberID: nil)
        byEmail[email] = subject
        return subject
    }

    mutating func subject(memberID: Int64) -> Int {
        if let subject = byMemberID[memberID] { return subject }
        let subject = newSubject(memberID: memberID)
        byMemberID[memberID] = subject
        return subject
    }

    /// The e-mail's subject is the member `member`: joined with other subjects of that member (the
    /// same person written two ways is one key already) and with their referrer.
    mutating func known(_ subject: Int, member: EarningMember) {
        memberIDs[subject] = member.id
        if let other = byMemberID[member.id] { join(subject, other) } else { byMemberID[member.id] = subject }
        if let referrer = member.referredBy { join(subject, self.subject(memberID: referrer)) }
    }

    /// Items with the same idempotency key must be applied in file order: the first is recorded.
    mutating func sharesKey(_ key: String, _ subject: Int) {
        if let first = firstSubjectOfKey[key] { join(first, subject) } else { firstSubjectOfKey[key] = subject }
    }

    /// Item indices: items without a subject first (they change no member), then the groups — those
    /// with a known member by their smallest member id, then new visitors' by their first item (the
    /// earliest to happen, then the first in the file) — each group's items in the order they
    /// happened (`moments`, Unix seconds), items of the same moment by `positions` (their place in
    /// the file, or the place of the order a refund follows), then in file order.
    func applyingOrder(_ itemSubject: [Int?], moments: [Int64], positions: [Int]) -> [Int] {
        let roots = memberIDs.indices.map(find)
        var known = [Int64](repeating: Int64.max, count: memberIDs.count)
        for subject in memberIDs.indices {
            if let id = memberIDs[subject] { known[roots[subject]] = min(known[roots[subject]], id) }
        }
        var first = [(moment: Int64, index: Int)](repeating: (Int64.max, Int.max), count: memberIDs.count)
        for (index, subject) in itemSubject.enumerated() {
            guard let subject else { continue }
            let root = roots[subject]
            if (moments[index], positions[index]) < first[root] { first[root] = (moments[index], positions[index]) }
        }
        let keys = itemSubject.enumerated().map { index, subject in
            subject.map { (known[roots[$0]], first[roots[$0]].moment, first[roots[$0]].index, moments[index], positions[index], index) }
                ?? (Int64.min, 0, 0, moments[index], positions[index], index)
        }
        return itemSubject.indices.sorted { keys[$0] < keys[$1] }
    }

    private mutating func newSubject(memberID: Int64?) -> Int {
        memberIDs.append(memberID)
        parents.append(parents.count)
        return parents.count - 1
    }

    private func find(_ subject: Int) -> Int {
        var root = subject
        while parents[root] != root { root = parents[root] }
        return root
    }

    private mutating func join(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (find(a), find(b))
        if rootA != rootB { parents[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
