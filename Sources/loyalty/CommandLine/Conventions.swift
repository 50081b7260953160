/// What holds for every command: the root command's help, and the manual page's DESCRIPTION,
/// EXIT STATUS, ENVIRONMENT and FILES, from one text so that the two never disagree.
enum Conventions {
    /// The prose, in `Command.details` lines (see `HelpLayout`).
    static let description = """
        With no command, opens the dashboard on the database (created if missing). "loyalty help COMMAND [SUBCOMMAND]" or "loyalty COMMAND --help" shows a command's usage, options and examples; "loyalty help --man" prints this help as a manual page.

        Database: --db PATH, else $LOYALTY_DB, else $XDG_DATA_HOME/loyalty/loyalty.db (~/.local/share/loyalty/loyalty.db). init and the dashboard create it private to you (0600 in a 0700 folder); every other command refuses a missing or empty file. A file that is not a Loyalty database (another program's, a schema Loyalty never wrote) is refused by every command, unchanged. When the database is busy (held over 5 s), read-only, full, from a newer Loyalty or damaged, the command says so, names the file and changes nothing: each change is one transaction.

        JSON: read commands (and event, refund, redeem, points, expire, check) take --json and print one compact JSON document on one line, keys in snake_case and sorted. Money is a decimal string ("4.99"), points an integer, a date ISO 8601 with the local offset ("2026-11-23T14:05:00+01:00"), a missing value null. Text output is tables with aligned columns, dates in local time (2026-11-23 14:05).

        Amounts are written like 12.50 in the programme's currency, without thousands separators. Multipliers like 2x, 1.5x or 150%. Dates like 2026-12-01 (local midnight) or "2026-12-01 14:00".

        Limits, so that no total the programme computes can overflow: an amount of money at most 10,000,000,000.00; a balance at most 1,000,000,000,000 points; one change of a balance (a give, a removal, what a set or one event earns or one redemption spends, a rule's points and caps, a reward's cost) at most 1,000,000,000 points; a flexible reward's rate at most 1,000,000 points = 10,000.00. Anything above is refused, saying the limit, from the CLI, the dashboard, imports (naming the line) and restore.

        Text with control characters (ESC, BEL, DEL, a tab, a line break, a bidi override) is refused by name in names, e-mail addresses, SKUs, reasons, subjects and ids; e-mail bodies may keep line breaks and tabs. Text is never sent to the terminal raw: control characters show as �.

        Changes are recorded with your OS user name as the actor. Root may act as another user with --as USER (as with sudo -u), e.g. to check what a staff member may do.

        Files Loyalty writes (exports, reject lists, pages, backups, the mail log) are created only where nothing is at their name, private to you (0600; pages 0644), and renamed into place complete from a hidden .NAME.tmp-PID beside them; a file or link already at that temporary name is refused, never written through.
        """

    /// Each exit status and what it means.
    static let exitStatus: [(String, String)] = [
        ("0", "done"),
        ("1", "refused or failed: the reason is on standard error, after \"loyalty: \""),
        ("2", "usage error: what is wrong, then the command's usage line"),
    ]

    /// The environment variables Loyalty reads.
    static let environment: [(String, String)] = [
        ("LOYALTY_DB", "the database file when --db is not given"),
        ("LC_ALL, LC_MESSAGES, LANG, LANGUAGE", "the language of messages when --lang is not given, as GNU gettext reads them (en, nl, fr or he; else English)"),
        ("LOYALTY_CATALOG", "a .po file to read the messages from instead of the built-in catalogs, to try a translation in place"),
        ("XDG_DATA_HOME", "the database is $XDG_DATA_HOME/loyalty/loyalty.db when neither --db nor LOYALTY_DB names one (default ~/.local/share)"),
        ("LOYALTY_SENDMAIL", "the command mail send pipes each message to (default /usr/sbin/sendmail -t -i)"),
        ("LOYALTY_MAIL_FROM", "the sender of the e-mails (default USER@HOST)"),
        ("LOYALTY_MAIL_TIMEOUT", "the seconds each message may take to send (default 120)"),
        ("LOYALTY_THEMES", "the first folder the dashboard looks for themes in (then ./themes and $XDG_CONFIG_HOME/loyalty/themes)"),
        ("NO_COLOR", "when set, the dashboard uses bold, reverse and underline only"),
        ("TMPDIR", "where --demo builds its database and where import copies standard input while it imports it"),
    ]

    /// The files Loyalty reads and writes by itself.
    static let files: [(String, String)] = [
        ("~/.local/share/loyalty/loyalty.db", "the database when no other is named"),
        ("DB-wal, DB-shm", "SQLite's log and shared memory beside the database; kept when Loyalty closes, so that viewers who may only read can open it"),
        ("DB.damaged-TIME", "a database restore could not read, kept aside"),
        ("FILE.rejects.csv", "the rows import --skip-invalid left out, each with its reason"),
    ]

    /// The root command's details: the prose, then the lists the manual page has as sections.
    static var details: String {
        func list(_ title: String, _ rows: [(String, String)]) -> String {
            "\(title):\n" + rows.map { "- \($0.0): \($0.1)" }.joined(separator: "\n")
        }
        return [description, list("Exit status", exitStatus), list("Environment", environment), list("Files", files)]
            .joined(separator: "\n\n")
    }
}
