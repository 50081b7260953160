import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty email list|enable|disable|edit|preview`: the automatic e-mails (delivered by `loyalty mail send`).
enum EmailCommands {
    static var command: Command {
        Command(name: "email", summary: "automatic e-mails: list, enable, disable, edit, preview",
                details: """
                    All six start inactive. An active automation queues its e-mail in the outbox in
                    the same transaction as the event, with the member's values at that moment,
                    once per event:
                    - welcome: someone became a member
                    - points_earned: an earning
                    - reward_available: the balance rose past the cheapest active fixed reward
                    - coupon_issued: a redemption
                    - points_expiring: a lot expires within 14 days (queued by loyalty daily)
                    - tier_reached: the tier went up

                    Only people with status member get e-mails; "loyalty mail send" delivers them.
                    """,
                subcommands: [list, enable, disable, edit, preview])
    }

    private static let triggers = EmailTrigger.allCases.map(\.rawValue).joined(separator: ", ")

    static var list: Command {
        Command(name: "list", summary: "list the automatic e-mails", options: [.json], examples: ["loyalty email list"]) { invocation in
            let automations = try invocation.openStore().emailAutomations()
            if invocation.json {
                return try JSON.print(automations.map { email -> JSONObject in
                    ["trigger": email.trigger.rawValue, "label": email.trigger.label, "active": email.active,
                     "subject": email.template.subject, "body": email.template.body]
                })
            }
            let words = invocation.words
            var table = Table([words.text("TRIGGER"), words.text("ACTIVE"), words.text("WHEN"), words.text("SUBJECT")])
            for email in automations {
                table.add([email.trigger.rawValue, DomainWords.yesNo(email.active, words), DomainNames.trigger(email.trigger, words), email.template.subject])
            }
            table.print(empty: words.text("No automatic e-mails."))
        }
    }

    static var enable: Command { activation("enable", true) }
    static var disable: Command { activation("disable", false) }

    private static func activation(_ name: String, _ active: Bool) -> Command {
        Command(name: name, summary: "switch an automatic e-mail \(active ? "on" : "off")", arguments: ["TRIGGER"],
                details: "TRIGGER is one of: \(triggers).", examples: ["loyalty email \(name) welcome"]) { invocation in
            let trigger = try invocation.choice(invocation.argument(0), "trigger", as: EmailTrigger.self)
            let email = try invocation.openStore().setEmailActive(trigger, active)
            let values: [String: SentenceValue] = ["trigger": .text(email.trigger.rawValue), "label": .text(DomainNames.trigger(email.trigger, invocation.words))]
            Console.out(email.active ? invocation.words.text("The {trigger} e-mail ({label}) is now on.", values)
                                     : invocation.words.text("The {trigger} e-mail ({label}) is now off.", values))
        }
    }

    static var edit: Command {
        Command(name: "edit", summary: "change an e-mail's subject or body", arguments: ["TRIGGER"],
                options: [Option("--subject", "TEXT", "the subject line"),
                          Option("--body", "TEXT", "the body"),
                          Option("--body-file", "PATH", "read the body from a file")],
                details: """
                    Placeholders: \(EmailTemplate.placeholders.map { "{\($0)}" }.joined(separator: " ")); an unknown one is refused by name. TRIGGER is one of: \(triggers).
                    """,
                examples: ["loyalty email edit welcome --subject \"Welcome, {name}!\" --body-file welcome.txt"]) { invocation in
            let trigger = try invocation.choice(invocation.argument(0), "trigger", as: EmailTrigger.self)
            guard invocation.hasAny(["--subject", "--body", "--body-file"]) else { throw invocation.usage(invocation.words.text("say what to change: --subject, --body or --body-file")) }
            guard !(invocation.hasAny(["--body"]) && invocation.hasAny(["--body-file"])) else { throw invocation.usage(invocation.words.text("choose --body or --body-file, not both")) }
            var body = invocation.string("--body")
            if let path = invocation.string("--body-file") {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw Failure(message: invocation.words.text("cannot read --body-file {path}: check the path and that it is UTF-8 text", ["path": .text(path)]))
                }
                body = text
            }
            let store = try invocation.openStore()
            guard let current = try store.emailAutomations().first(where: { $0.trigger == trigger })?.template else {
                throw LoyaltyError.mail(.noTemplate(trigger))
            }
            let email = try store.editEmail(trigger, template: EmailTemplate(subject: invocation.string("--subject") ?? current.subject, body: body ?? current.body))
            Console.out(invocation.words.text("The {trigger} e-mail is changed. Subject: {subject}", ["trigger": .text(email.trigger.rawValue), "subject": .text(email.template.subject)]))
        }
    }

    static var preview: Command {
        Command(name: "preview", summary: "show an e-mail as a member would get it", arguments: ["TRIGGER"],
                options: [Option("--member", "EMAIL", "whose values fill the placeholders (required)"), .json],
                examples: ["loyalty email preview welcome --member zoe@example.com"]) { invocation in
            let trigger = try invocation.choice(invocation.argument(0), "trigger", as: EmailTrigger.self)
            let store = try invocation.openStore()
            let member = try store.member(email: try invocation.required("--member"))
            let mail = try store.previewEmail(trigger, memberID: member.id)
            if invocation.json { return try JSON.print(["to": member.email, "subject": mail.subject, "body": mail.body] as JSONObject) }
            let words = invocation.words
            Console.out(words.text("To: {name} <{email}>", ["name": .text(member.name), "email": .text(member.email)]) + "\n"
                        + words.text("Subject: {subject}", ["subject": .text(mail.subject)]) + "\n\n" + mail.body)
        }
    }
}
