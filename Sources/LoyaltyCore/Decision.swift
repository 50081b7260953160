import Foundation

/// One ledger entry a decision appends.
public struct Posting: Equatable, Sendable {
    public var memberID: Int64
    public var kind: EntryKind
    public var delta: Points
    public var reason: String
    public var eventKey: String?
    public var ruleID: Int64?
    public var reversesID: Int64?
    /// When it happened; nil when it happens as it is recorded.
    public var occurred: Date?

    public init(memberID: Int64, kind: EntryKind, delta: Points, reason: String, eventKey: String? = nil, ruleID: Int64? = nil, reversesID: Int64? = nil,
                occurred: Date? = nil) {
        self.memberID = memberID
        self.kind = kind
        self.delta = delta
        self.reason = reason
        self.eventKey = eventKey
        self.ruleID = ruleID
        self.reversesID = reversesID
        self.occurred = occurred
    }
}

/// An e-mail a decision queues (once per trigger and key).
public struct EmailToQueue: Equatable, Sendable {
    public var trigger: EmailTrigger
    public var memberID: Int64
    public var values: [String: String]
    public var key: String

    public init(_ trigger: EmailTrigger, memberID: Int64, values: [String: String] = [:], key: String) {
        self.trigger = trigger
        self.memberID = memberID
        self.values = values
        self.key = key
    }
}

/// What a decision changes, applied in this order: the entries, then the tier change, then the e-mails.
public struct Decision: Equatable, Sendable {
    public var postings: [Posting]
    public var tierChange: TierChange?
    public var emails: [EmailToQueue]

    public init(postings: [Posting] = [], tierChange: TierChange? = nil, emails: [EmailToQueue] = []) {
        self.postings = postings
        self.tierChange = tierChange
        self.emails = emails
    }

    /// Nothing to change.
    public static let none = Decision()
}
