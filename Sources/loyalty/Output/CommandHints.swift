import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// The command line's wording of a refusal: the store's sentence, then, where a command helps, a
/// hint that names it ("; `loyalty reward list` shows them"), both in the operator's language.
/// The dashboard words the same refusals without commands.
enum CommandHints {
    /// What `loyalty: …` prints for `error`.
    static func wording(_ error: LoyaltyError, _ words: Localizer) -> String {
        words.words(error.sentence) + (hint(for: error).map(words.words) ?? "")
    }

    /// What `loyalty: …` prints for a database error: a damaged file gets the command that restores it.
    /// (SQLite's own description stays as SQLite words it.)
    static func wording(_ error: SQLiteError, _ words: Localizer) -> String {
        guard error.isDamaged else { return error.description }
        let restore = error.file.map { "loyalty --db \($0) restore BACKUP --yes" } ?? "loyalty restore BACKUP --yes"
        return words.text("{error}. If it is your database, restore your latest backup into it with `{command}`",
                          ["error": .text(error.description), "command": .text(restore)])
    }

    /// The command that helps after `error`, as a sentence that starts with its joining words.
    static func hint(for error: LoyaltyError) -> Sentence? {
        switch error {
        case .access(let refusal): return access(refusal)
        case .database(let refusal): return database(refusal)
        case .member(.noSuchEmail): return Sentence("; `loyalty member find TEXT` searches by name or e-mail")
        case .member(.alreadyInProgramme(let email)): return Sentence("; `loyalty member show {email}` shows them", ["email": .text(email)])
        case .member: return nil
        case .reward(.noSuchID): return Sentence("; `loyalty reward list` shows them")
        case .reward: return nil
        case .rule(.noSuchID), .rule(.noneOfKind): return Sentence("; `loyalty rule list` shows them")
        case .rule(.severalOfKind): return Sentence(" (`loyalty rule list`)")
        case .rule: return nil
        case .campaign(.noSuchID): return Sentence("; `loyalty campaign list` shows them")
        case .campaign: return nil
        case .tier(.noSuchID): return Sentence("; `loyalty tier list` shows them")
        case .tier: return nil
        case .mail(.noSuchMessage): return Sentence("; `loyalty mail list` shows them")
        case .mail(.previewNeedsMember): return Sentence("; add one with `loyalty member add`")
        case .mail: return nil
        case .event(.negativeAmount): return Sentence("; record refunds with `loyalty refund`")
        case .demo(.databaseNotEmpty): return Sentence(" (use another --db path)")
        case .shop(.notConnected): return Sentence("; connect one with `loyalty shop connect woocommerce --url URL` or `loyalty shop connect shopify --store NAME`")
        case .shop(.alreadyConnected): return Sentence(" (`loyalty shop disconnect`)")
        case .shop(.credentialsRefused): return Sentence(" (`loyalty shop disconnect`, then `loyalty shop connect`)")
        case .program(.expiryNeedsChoice):
            return Sentence("; choose with `--expiry-applies held` (add `--expiry-grace DATE` for a later first day) or `--expiry-applies new`; `--dry-run` shows what each does")
        case .backup, .program, .redeeming, .file, .input, .limit, .balance, .event, .refund, .demo, .moment, .shop: return nil
        }
    }

    private static func access(_ refusal: AccessRefusal) -> Sentence? {
        switch refusal {
        case .notAUser(let user):
            return Sentence("; an owner can add them with `loyalty user add {user} --role staff` (or owner, viewer)", ["user": .text(user)])
        case .viewerMayOnlyLook(let user):
            return Sentence("; an owner can change that with `loyalty user role {user} staff`", ["user": .text(user)])
        case .staffMayNotChange: return Sentence(" (`loyalty user list` names them)")
        case .alreadyAUser(let user, _, let requested):
            return Sentence("; change the role with `loyalty user role {user} {role}`", ["user": .text(user), "role": .text(requested.rawValue)])
        case .onlyOwner: return Sentence(" (`loyalty user role NAME owner`)")
        case .noSuchUser: return Sentence("; `loyalty user list` shows who is")
        case .readOnly, .alreadyHasRole, .notAnAccountName: return nil
        }
    }

    private static func database(_ refusal: DatabaseRefusal) -> Sentence? {
        switch refusal {
        case .noDatabase: return Sentence("; create one with `loyalty init` (or pass --db PATH)")
        case .holdsNoDatabase(let path):
            return Sentence(". Start a programme there with `loyalty --db {path} init`, or restore your latest backup into it with `loyalty --db {path} restore BACKUP --yes`",
                            ["path": .text(path)])
        case .sharedFilesMissing(let path): return Sentence(", e.g. `loyalty --db {path} check`", ["path": .text(path)])
        case .unknownSchemaVersion(let path, _, _), .anotherProgramsDatabase(let path, _, _), .schemaDiffers(let path, _, _):
            return Sentence(". If it is your programme's database, restore your latest backup into it with `loyalty --db {path} restore BACKUP --yes`; otherwise give Loyalty a file of its own with --db PATH",
                            ["path": .text(path)])
        case .totalsTooLarge: return Sentence("; run `loyalty check`, which finds the totals that disagree with the ledger")
        case .needsMigration, .newerSchema, .cannotCreateDirectory, .cannotCreateFile, .noKeySecret: return nil
        }
    }
}
