import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText
import LoyaltyTUI

/// `loyalty mail send|preview|list|retry`: delivering the outbox the automatic e-mails fill.
enum MailCommands {
    static var command: Command {
        Command(name: "mail", summary: "the outbox of automatic e-mails: send, preview, list, retry",
                subcommands: [send, preview, list, retry])
    }

    static let deliveryOptions = [
        Option("--command", "CMD", "a sendmail-compatible command reading the message on stdin (else $LOYALTY_SENDMAIL, else \(SendmailCommand.standard))"),
        Option("--from", "ADDRESS", "the sender's address (else $LOYALTY_MAIL_FROM, else USER@HOST); the programme's name is the sender's name"),
    ]

    static var send: Command {
        Command(name: "send", summary: "deliver queued e-mails (and failed ones due for a retry)",
                options: deliveryOptions + [
                    Option("--limit", "N", "send at most N messages"),
                    Option("--retry-now", "retry failed messages now instead of waiting for their backoff"),
                    .json,
                ],
                details: """
                    Each message goes to the command's standard input as RFC 5322 text: From with
                    the programme's name, To, Subject (RFC 2047-encoded when not ASCII; a name also
                    when it holds @ , ; : < > " \\ ( ) [ ], so each recipient header names exactly
                    one address), Date, Message-ID, MIME-Version, text/plain; charset=utf-8, 7bit
                    or quoted-printable.

                    Exit status 0 after reading the whole message marks it sent; anything else
                    marks it failed with the command's status and output (a command that exits 0
                    without reading all of it has not sent it). A message may take 120 seconds
                    ($LOYALTY_MAIL_TIMEOUT when set), counted from the start; then the command and
                    everything it started are stopped. Later runs retry a failed message after 5,
                    10, 20 and 40 minutes, 5 attempts in all (--retry-now skips the wait).

                    Delivery is at most once: a message is marked "sending" before the command
                    runs, so a run killed in between leaves it "sending" (loyalty mail list
                    --status sending), never sent again by itself, until "loyalty mail retry ID".
                    Exits 1 when any message failed.

                    A member who opted out of marketing e-mails (member edit --marketing no, or
                    a customers import) gets no programme news: welcome, points earned, reward
                    available, points expiring and new tier messages are held instead (mail list
                    --status held says why; mail retry ID queues one again). The coupon e-mail
                    answers a redemption and is always sent.
                    """,
                examples: ["loyalty mail send --from shop@example.com",
                           "loyalty mail send --command \"msmtp -a shop -t\""]) { invocation in
            let store = try invocation.openStore()
            let delivery = try delivery(invocation, store: store)
            let report = try delivery.sendDue(limit: try invocation.limit(default: .max))
            try print(report, invocation: invocation)
            if !report.failed.isEmpty { throw Failure(message: nil) }
        }
    }

    /// The delivery the options describe.
    static func delivery(_ invocation: Invocation, store: Store) throws -> MailDelivery {
        var delivery = MailDelivery(store: store, sender: try MailDelivery.sender(invocation: invocation, programName: try store.program().name),
                                    command: try MailDelivery.command(invocation: invocation))
        delivery.policy.ignoreBackoff = invocation.flag("--retry-now")
        return delivery
    }

    static func print(_ report: MailDelivery.Report, invocation: Invocation) throws {
        if invocation.json {
            return try JSON.print(["sent": report.sent, "failed": report.failed.count, "interrupted": report.interrupted, "held": report.held,
                                   "errors": report.failed.map { ["id": $0.0.id, "to": $0.0.toAddress, "error": $0.1] as JSONObject }] as JSONObject)
        }
        let words = invocation.words
        for (message, error) in report.failed {
            Console.complain(words.text("message {id} to {email} failed (attempt {attempt}): {error}",
                                        ["id": .integer(message.id), "email": .text(message.toAddress), "attempt": .integer(Int64(message.attempts)), "error": .text(error)]))
        }
        let sent = words.plural("Sent {count} e-mail", "Sent {count} e-mails", count: Int64(report.sent), ["count": .integer(Int64(report.sent))])
        Console.out(sent + (report.failed.isEmpty ? "." : words.plural("; {count} failed and will be retried.", "; {count} failed and will be retried.",
                                                                       count: Int64(report.failed.count), ["count": .integer(Int64(report.failed.count))])))
        if report.held > 0 {
            Console.out(words.plural("Held {count} marketing e-mail for members who opted out of marketing (`loyalty mail list --status held`).",
                                     "Held {count} marketing e-mails for members who opted out of marketing (`loyalty mail list --status held`).",
                                     count: Int64(report.held), ["count": .integer(Int64(report.held))]))
        }
        if report.interrupted > 0 {
            Console.error(words.plural("{count} message was left in sending by an interrupted run and may have gone out; check the mail log, then `loyalty mail retry ID` to send again (`loyalty mail list --status sending`).",
                                       "{count} messages were left in sending by an interrupted run and may have gone out; check the mail log, then `loyalty mail retry ID` to send again (`loyalty mail list --status sending`).",
                                       count: Int64(report.interrupted), ["count": .integer(Int64(report.interrupted))]))
        }
    }

    static var preview: Command {
        Command(name: "preview", summary: "show an e-mail exactly as it would be sent", arguments: ["[TRIGGER]"],
                options: [Option("--member", "EMAIL", "whose e-mail: with TRIGGER, whose values fill it in (else the first member); without, their next queued message"),
                          Option("--id", "N", "the outbox message with this id")] + deliveryOptions.suffix(1),
                details: "With TRIGGER (\(EmailTrigger.allCases.map(\.rawValue).joined(separator: ", "))): that automation filled in for a member. Without: the next queued message in the outbox.",
                examples: ["loyalty mail preview welcome --member zoe@example.com", "loyalty mail preview"]) { invocation in
            let store = try invocation.openStore()
            let sender = try MailDelivery.sender(invocation: invocation, programName: try store.program().name)
            let member = try invocation.string("--member").map { try store.member(email: $0) }
            let mail: MailMessage
            if let id = try invocation.int("--id") {
                mail = MailDelivery.mail(for: try store.outboxMessage(id: id), from: sender, date: store.now())
            } else if let trigger = try invocation.positionals.first.map({ try invocation.choice($0, "trigger", as: EmailTrigger.self) }) {
                guard let target = try member ?? store.members(limit: 1).first else {
                    throw LoyaltyError.mail(.previewNeedsMember)
                }
                let filled = try store.previewEmail(trigger, memberID: target.id)
                mail = MailDelivery.mail(id: 0, created: store.now(), to: MailAddress(name: target.name, address: target.email),
                                         subject: filled.subject, body: filled.body, from: sender, date: store.now())
            } else {
                guard let next = try store.outbox(status: .queued, memberID: member?.id, limit: 1, oldestFirst: true).first else {
                    throw Failure(message: member.map { invocation.words.text("nothing is queued for {email}; name a TRIGGER to preview an automation", ["email": .text($0.email)]) }
                                  ?? invocation.words.text("nothing is queued; name a TRIGGER to preview an automation"))
                }
                mail = MailDelivery.mail(for: next, from: sender, date: store.now())
            }
            Swift.print(mail.rendered(), terminator: "")
        }
    }

    static var list: Command {
        Command(name: "list", summary: "list the outbox, newest first",
                options: [Option("--status", "S", "only \(OutboxStatus.allCases.map(\.rawValue).joined(separator: ", "))"),
                          Option("--member", "EMAIL", "only this member's"),
                          Option("--limit", "N", "at most N messages (default 50)"), .json],
                examples: ["loyalty mail list --status failed"]) { invocation in
            let store = try invocation.openStore()
            let status = try invocation.string("--status").map { try invocation.choice($0, "--status", as: OutboxStatus.self) }
            let member = try invocation.string("--member").map { try store.member(email: $0) }
            let messages = try store.outbox(status: status, memberID: member?.id, limit: try invocation.limit(default: 50))
            if invocation.json {
                return try JSON.print(messages.map { message -> JSONObject in
                    ["id": message.id, "trigger": message.trigger.rawValue, "event": message.eventKey, "to": message.toAddress, "name": message.toName,
                     "subject": message.subject, "body": message.body, "status": message.status.rawValue, "attempts": message.attempts,
                     "error": JSON.orNull(message.lastError), "held_because": JSON.orNull(message.heldBecause?.rawValue),
                     "created_at": Formats.jsonDate(message.created),
                     "sent_at": JSON.orNull(message.sent.map(Formats.jsonDate))]
                })
            }
            let words = invocation.words
            var table = Table([words.text("ID"), words.text("CREATED"), words.text("STATUS"), words.text("TRIES"), words.text("TO"), words.text("SUBJECT"),
                               words.text("WHY")])
            for message in messages {
                table.add([String(message.id), Formats.date(message.created), OutboxWording.status(message.status, words), String(message.attempts),
                           message.toAddress, message.subject, message.heldBecause.map { OutboxWording.held($0, words) } ?? message.lastError ?? ""])
            }
            table.print(empty: words.text("The outbox is empty. Active automations queue e-mails here (`loyalty email enable welcome`)."))
        }
    }

    static var retry: Command {
        Command(name: "retry", summary: "queue a failed or held message, or one an interrupted run left in sending, again", arguments: ["ID"],
                details: "For a message left in sending, check the mail log first: it may have gone out.",
                examples: ["loyalty mail retry 17"]) { invocation in
            let id = try invocation.wholeNumber(invocation.argument(0), "ID")
            let message = try invocation.openStore().requeueMessage(id: id)
            Console.out(invocation.words.text("Message {id} to {email} is queued again; `loyalty mail send` sends it.", ["id": .integer(message.id), "email": .text(message.toAddress)]))
        }
    }
}
