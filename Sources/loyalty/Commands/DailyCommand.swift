import LoyaltyCore
import LoyaltyStore

/// `loyalty daily`: the once-a-day job for cron.
enum DailyCommand {
    static var command: Command {
        Command(name: "daily", summary: "the daily job: expire points, expiry reminders, birthday points, tiers, mail",
                options: [Option("--send-mail", "then deliver the outbox (as `loyalty mail send`)")] + MailCommands.deliveryOptions + [.json],
                details: """
                    In one transaction: expires points past their date, re-evaluates tiers as
                    points leave the rolling window, queues a "points expiring" e-mail once per lot
                    expiring within 14 days, and gives birthday points (key
                    birthday:<member>:<year>, while a birthday way to earn is active) to members
                    whose birthday (YYYY-MM-DD or MM-DD; 29 February on the 28th in other years) is
                    today, and forgets the ids of shop webhook deliveries older than 30 days (a
                    delivery sent again later still changes nothing). With --send-mail it then
                    delivers the outbox as mail send does. Running it again the same day changes
                    nothing. JSON keys: expired_entries, expired_points, tier_changes,
                    reminders_queued, birthdays, birthday_points, webhook_deliveries_forgotten,
                    mail. Run it from cron, e.g. (crontab -e):
                      15 3 * * * loyalty daily --send-mail --from shop@example.com
                    """,
                examples: ["loyalty daily", "loyalty daily --send-mail --command \"msmtp -t\""]) { invocation in
            let store = try invocation.openStore()
            let delivery = invocation.flag("--send-mail") ? try MailCommands.delivery(invocation, store: store) : nil
            let report = try store.runDailyJob(), program = try store.program()
            let mail = try delivery?.sendDue()
            if invocation.json {
                var document: JSONObject = ["expired_entries": report.expiry.entries, "expired_points": report.expiry.points,
                                            "tier_changes": report.expiry.tierChanges, "reminders_queued": report.reminders,
                                            "birthdays": report.birthdays, "birthday_points": report.birthdayPoints,
                                            "webhook_deliveries_forgotten": report.deliveriesForgotten]
                if let mail { document["mail"] = ["sent": mail.sent, "failed": mail.failed.count, "interrupted": mail.interrupted, "held": mail.held] as JSONObject }
                try JSON.print(document)
            } else {
                let words = invocation.words
                Console.out(ExpireCommand.wording(points: report.expiry.points, lots: report.expiry.entries, tierChanges: report.expiry.tierChanges, program, words))
                Console.out(words.text("Queued {reminders}; birthday {name} for {members} ({points}).",
                                       ["reminders": .text(words.plural("{count} expiry reminder", "{count} expiry reminders", count: Int64(report.reminders))),
                                        "name": .text(program.pointsName), "points": .points(report.birthdayPoints, named: program.pointsName),
                                        "members": .text(words.plural("{count} member", "{count} members", count: Int64(report.birthdays)))]))
                if let mail { try MailCommands.print(mail, invocation: invocation) }
            }
            if let mail, !mail.failed.isEmpty { throw Failure(message: nil) }
        }
    }
}
