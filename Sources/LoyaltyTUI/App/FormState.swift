import LoyaltyCore
import Terminal

/// What a form is for; the section that opened it performs it on Save.
public enum FormPurpose: Equatable, Sendable {
    case programDetails
    /// The first step of adding a way to earn: which kind (the rule form follows).
    case chooseRuleKind
    case addRule
    case editRule(id: Int64)
    case addReward(flexible: Bool)
    case editReward(id: Int64)
    case addTier
    case editTier(id: Int64)
    case addCampaign
    case editCampaign(id: Int64)
    case editEmail(trigger: String)
    case addMember
    case adjustPoints(memberID: Int64, mode: PointsAdjustment)
    /// Redeeming for a member; `rewardIDs` are the rewards of the choice, in its order.
    case redeem(memberID: Int64, rewardIDs: [Int64])
    case memberStatus(memberID: Int64)
    /// Choosing, by name or e-mail, whose "My Rewards" page the Pages preview shows.
    case pagesMember

    /// What saving the form changes, for the role check; nil when it changes no data.
    public var changeKind: ChangeKind? {
        switch self {
        case .programDetails, .chooseRuleKind, .addRule, .editRule, .addReward, .editReward, .addTier, .editTier, .addCampaign, .editCampaign,
             .editEmail:
            return .programme
        case .addMember, .adjustPoints, .redeem, .memberStatus: return .membersAndPoints
        case .pagesMember: return nil
        }
    }
}

/// An open form: its fields, which one has focus, and the last refusal from the store (shown in the
/// form, which stays open so nothing typed is lost).
public struct FormState: Equatable, Sendable {
    public var title: String
    public var purpose: FormPurpose
    /// The section whose pane performs the form.
    public var owner: Section
    public var fields: [FormField]
    public var focused: Int = 0
    public var error: String?
    private let initialValues: [String]

    public init(title: String, purpose: FormPurpose, owner: Section, fields: [FormField]) {
        self.title = title
        self.purpose = purpose
        self.owner = owner
        self.fields = fields
        self.initialValues = fields.map(\.value)
    }

    /// True once any field differs from what the form opened with.
    public var hasUnsavedEdits: Bool { fields.map(\.value) != initialValues }

    /// The value of the field named `key` (trimmed), or "" when there is none.
    public subscript(key: String) -> String {
        fields.first { $0.key == key }?.value.trimmingWhitespace() ?? ""
    }

    /// True when the field named `key` holds something else than the form opened with.
    public func changed(_ key: String) -> Bool {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return false }
        return fields[index].value != initialValues[index]
    }

    /// The first inline error, if any field's value is not acceptable.
    public var firstFieldError: String? { fields.compactMap(\.error).first }

    /// Applies an editing key to the focused field; returns false for keys a form does not use.
    /// `textRows` is how many lines a multi-line field shows (for scrolling and PgUp/PgDn).
    public mutating func edit(_ key: Key, textRows: Int) -> Bool {
        guard fields.indices.contains(focused) else { return false }
        if fields[focused].isMultiline, let handled = editLines(key, rows: textRows) { return handled }
        var field = fields[focused]
        switch key {
        case .tab, .down: focused = (focused + 1) % fields.count; return true
        case .backTab, .up: focused = (focused + fields.count - 1) % fields.count; return true
        case .left where field.isChoice: field.cycle(by: -1)
        case .right where field.isChoice, .character(" ") where field.isChoice: field.cycle(by: 1)
        case .left: field.input.moveLeft()
        case .right: field.input.moveRight()
        case .home: field.input.moveHome()
        case .end: field.input.moveEnd()
        case .backspace where !field.isChoice: field.input.backspace()
        case .delete where !field.isChoice: field.input.delete()
        case .character(let c) where !field.isChoice && field.replacedByTyping: field.input = TextField(String(c))
        case .character(let c) where !field.isChoice: field.input.insert(c)
        case .ctrl("u") where !field.isChoice: field.input = TextField()
        default: return false
        }
        field.replacedByTyping = false
        field.validate()
        fields[focused] = field
        error = nil
        return true
    }
}
