import LoyaltyCore
import LoyaltyStore

/// The form that edits an automation's subject and body. Form fields are one line, so the
/// body's line breaks are shown and typed as `\n`.
enum EmailEditing {
    static let lineBreak = "\\n"

    static func form(_ email: EmailAutomation) -> FormState {
        let placeholders = EmailTemplate.placeholders.map { "{\($0)}" }.joined(separator: " ")
        return FormState(title: "E-mail: \(email.trigger.label)", purpose: .editEmail(trigger: email.trigger.rawValue), owner: .emails, fields: [
            FormField(key: "subject", label: "Subject", value: email.template.subject, hint: "one line; placeholders: \(placeholders)"),
            FormField(key: "body", label: "Body", value: email.template.body.replacingOccurrences(of: "\n", with: lineBreak),
                      hint: "\(lineBreak) starts a new line; placeholders: \(placeholders)"),
        ])
    }

    static func submit(_ form: FormState, store: Store) throws {
        guard case .editEmail(let raw) = form.purpose, let trigger = EmailTrigger(rawValue: raw) else { return }
        let body = form.fields.first { $0.key == "body" }?.value.replacingOccurrences(of: lineBreak, with: "\n") ?? ""
        _ = try store.editEmail(trigger, template: EmailTemplate(subject: form["subject"], body: body))
    }
}
