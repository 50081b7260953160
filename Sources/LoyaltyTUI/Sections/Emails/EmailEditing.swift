import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// The form that edits an automation's subject (one line) and body (several lines, edited as
/// they will be sent: Enter starts a new line, ^S saves).
enum EmailEditing {
    static func form(_ email: EmailAutomation, _ words: Localizer) -> FormState {
        let placeholders: [String: SentenceValue] = ["placeholders": .text(EmailTemplate.placeholders.map { "{\($0)}" }.joined(separator: " "))]
        return FormState(title: words.text("E-mail: {automation}", ["automation": .text(DomainNames.trigger(email.trigger, words))]),
                         purpose: .emails(.edit(email.trigger)), fields: [
            FormField(key: "subject", label: words.text("Subject"), value: email.template.subject, hint: words.text("one line; placeholders: {placeholders}", placeholders)),
            FormField(key: "body", label: words.text("Body"), kind: .multiline, value: email.template.body,
                      hint: words.text("Enter starts a new line, ^S saves; placeholders: {placeholders}", placeholders)),
        ])
    }

    static func submit(_ form: FormState, trigger: EmailTrigger, store: Store) throws {
        let body = form.fields.first { $0.key == "body" }?.value ?? ""
        _ = try store.editEmail(trigger, template: EmailTemplate(subject: form["subject"], body: body))
    }
}
