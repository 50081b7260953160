import Foundation
import LoyaltyCore
import LoyaltyStore

/// Delivers the outbox through a sendmail-compatible command.
///
/// At most once: a message is marked `sending` (committed) before the command runs and `sent` or
/// `failed` after. If the process dies between the two, the message stays `sending` and is never
/// sent again automatically, because it may already have gone out; `loyalty mail list --status
/// sending` shows such messages and `loyalty mail retry ID` queues one again after checking the mail
/// log. A duplicate "you earned points" e-mail would be worse than a rare missing one.
struct MailDelivery {
    let store: Store
    let sender: MailAddress
    let command: SendmailCommand
    var policy: RetryPolicy = .standard

    /// What one run did.
    struct Report {
        var sent = 0
        var failed: [(OutboxMessage, String)] = []
        /// Messages left in `sending` by an interrupted earlier run.
        var interrupted = 0
        /// Marketing messages kept back because their member opted out.
        var held = 0
    }

    /// `--from ADDRESS`, else `$LOYALTY_MAIL_FROM`, else `<user>@<host name>`; the display name is the programme's name.
    static func sender(invocation: Invocation, programName: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MailAddress {
        let given = invocation.string("--from") ?? environment["LOYALTY_MAIL_FROM"].flatMap { $0.isEmpty ? nil : $0 }
        guard let given else {
            // What sendmail itself would use; a bare host name is fine for local delivery.
            return MailAddress(name: programName, address: "\(currentOSUser())@\(ProcessInfo.processInfo.hostName)")
        }
        let address: String
        do {
            address = try MemberDetails.validateEmail(given)
        } catch {
            throw invocation.usage("the sender \"\(given)\" (--from or $LOYALTY_MAIL_FROM) is not an e-mail address like shop@example.com")
        }
        return MailAddress(name: programName, address: address)
    }

    /// `--command "…"`, else `$LOYALTY_SENDMAIL`, else `/usr/sbin/sendmail -t -i`; each delivery may
    /// take `$LOYALTY_MAIL_TIMEOUT` seconds, else 120.
    static func command(invocation: Invocation, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SendmailCommand {
        var command = SendmailCommand(command: invocation.string("--command") ?? environment["LOYALTY_SENDMAIL"].flatMap { $0.isEmpty ? nil : $0 } ?? SendmailCommand.standard)
        if let given = environment["LOYALTY_MAIL_TIMEOUT"], !given.isEmpty {
            guard let seconds = Int(given), (1...86_400).contains(seconds) else {
                throw invocation.usage("$LOYALTY_MAIL_TIMEOUT is \"\(given)\"; it must be a whole number of seconds from 1 to 86400 (unset it for 120)")
            }
            command.timeout = TimeInterval(seconds)
        }
        return command
    }

    /// The message exactly as it is handed to the mail command. The Message-ID comes from the outbox
    /// row, so a message queued again by hand keeps it and receivers can spot the duplicate.
    static func mail(for message: OutboxMessage, from sender: MailAddress, date: Date) -> MailMessage {
        mail(id: message.id, created: message.created, to: MailAddress(name: message.toName, address: message.toAddress),
             subject: message.subject, body: message.body, from: sender, date: date)
    }

    static func mail(id: Int64, created: Date, to recipient: MailAddress, subject: String, body: String, from sender: MailAddress, date: Date) -> MailMessage {
        let domain = sender.address.split(separator: "@").last.map(String.init) ?? "localhost"
        return MailMessage(from: sender, to: recipient, subject: subject, body: body, date: date,
                           messageID: "loyalty.\(id).\(Int64(created.timeIntervalSince1970))@\(domain)")
    }

    /// Sends every message that is due (queued, or failed and past its backoff), at most `limit`.
    func sendDue(limit: Int = .max) throws -> Report {
        var report = Report()
        report.interrupted = Int(try store.outboxCounts().sending)
        var lastID: Int64 = 0
        while report.sent + report.failed.count < limit {
            let (claimed, held) = try store.claimNextDeliverableMessage(after: lastID, policy: policy)
            report.held += held
            guard let message = claimed else { break }
            lastID = message.id
            do {
                try command.deliver(Self.mail(for: message, from: sender, date: store.now()).rendered())
                try store.markSent(id: message.id)
                report.sent += 1
            } catch let failure as SendmailCommand.Failure {
                try store.markFailed(id: message.id, error: failure.description)
                report.failed.append((message, failure.description))
            }
        }
        return report
    }
}
