/// Every command of the CLI, in the order `loyalty --help` lists them.
enum CommandTree {
    static let version = "0.1.0"

    static var root: Command {
        Command(name: "loyalty", summary: "run a customer loyalty-points programme from the terminal",
                options: DashboardCommand.options,
                details: Conventions.details,
                examples: ["loyalty init --name \"Café Zoë\" --points-name Stars",
                           "loyalty event order --email zoe@example.com --order 1042 --subtotal 49.99 --paid"],
                subcommands: [
                    InitCommand.command, ProgramCommands.command, RuleCommands.command, RewardCommands.command,
                    TierCommands.command, CampaignCommands.command, EmailCommands.command, MailCommands.command, MemberCommands.command,
                    PointsCommands.command, EventCommands.command, EventCommands.refund, ImportCommands.command, RedeemCommands.command,
                    CouponCommands.command, PageCommands.command, StatsCommand.command, ExpireCommand.command, DailyCommand.command, CheckCommand.command,
                    BackupCommands.backup, BackupCommands.restore, UserCommands.command, ShopCommands.command, SyncCommand.command, WebhookCommand.command, AuditCommand.command, DemoCommand.command,
                    HelpCommand.command,
                ])
    }
}
