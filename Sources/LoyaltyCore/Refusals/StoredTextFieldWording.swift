/// The English wording of the stored texts refusals name.
extension StoredTextField {
    public var sentence: Sentence {
        switch self {
        case .sku: return Sentence("the SKU")
        case .actionName: return Sentence("the action's name")
        }
    }
}
