import LoyaltyCore
import LoyaltyStore

/// The form that edits an automation's subject (one line) and body (several lines, edited as
/// they will be sent: Enter starts a new line, ^S saves).
enum EmailEditing {
    static func form(_ email: EmailAutomation) -> FormState {
        let placeholders = EmailTemplate.placeholders.map { "{\($0)}" }.joined(separator: " ")
        return FormState(title: "E-mail: \(email.trigger.label)", purpose: .emails(.edit(email.trigger)), fields: [
            FormField(key: "subject", label: "Subject", value: email.template.subject, hint: "one line; placeholders: \(placeholders)"),
            FormField(key: "body", label: "Body", kind: .multiline, value: email.template.body,
                      hint: "Enter starts a new line, ^S saves; placeholders: \(placeholders)"),
        ])
    }

    static func submit(_ form: FormState, trigger: EmailTrigger, store: Store) throws {
        let body = form.fields.first { $0.key == "body" }?.value ?? ""
        _ = try store.editEmail(trigger, template: EmailTemplate(subject: form["subject"], body: body))
    }
}
