import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty page export DIR`: the programme page and each member's My Rewards page as static HTML.
enum PageCommands {
    static var command: Command {
        Command(name: "page", summary: "customer pages: export as static HTML", subcommands: [export])
    }

    static var export: Command {
        Command(name: "export", summary: "write the programme page and every member's My Rewards page as static HTML", arguments: ["DIR"],
                options: [Option("--member", "EMAIL", "write only this member's page")],
                details: """
                    Writes DIR/index.html (the programme page) and DIR/members/<page token>.html
                    (each member's My Rewards page), each replaced whole (a new file renamed over
                    the old one or a link there, never written through it) and readable by all
                    (0644) for the web server. The page token is 32 random hex digits of the
                    member's own, never the referral code they share nor their e-mail;
                    "loyalty member show EMAIL" gives the page's path for the shop to link it.
                    Erased members' pages are deleted.

                    The text is the dashboard's Pages preview, in the programme's points name and
                    icon, marked as the programme's customer language (<html lang>, and
                    dir="rtl" for Hebrew; see `loyalty program set --language`). Each reward on My
                    Rewards says what the member can do now, by the rule redeem applies: "yours to
                    redeem", or what is missing ("450 Stars to go", "reach Gold to redeem"). Plain
                    static HTML: one h1, an h2 per section, lists, a
                    small inline stylesheet, no scripts (a Content-Security-Policy forbids them),
                    all text escaped; member pages ask search engines not to index them. Members
                    are streamed (about 1,500 pages a second); --member EMAIL writes just theirs. A
                    referral code that could name a file outside DIR/members stops the export with
                    its member's id.
                    """,
                examples: ["loyalty page export /var/www/rewards", "loyalty page export /var/www/rewards --member zoe@example.com"]) { invocation in
            let directory = invocation.argument(0)
            let words = invocation.words
            let store = try invocation.openStore()
            let members = URL(fileURLWithPath: directory).appendingPathComponent("members")
            do {
                try FileManager.default.createDirectory(at: members, withIntermediateDirectories: true)
            } catch {
                throw Failure(message: words.text("cannot create {path}: {reason}", ["path": .text(members.path), "reason": .text(error.localizedDescription)]))
            }
            var written = 0
            try store.read { tx in
                let source = try tx.pageSource()
                let name = source.program.name, language = source.program.customerLanguage
                func writePage(_ member: Member) throws {
                    let page = source.myRewardsPage(member, coupons: try tx.coupons(memberID: member.id))
                    let html = PageHTML.render(page, programName: name, language: language, backLink: "../index.html", private: true)
                    try write(html, to: try memberPageFile(in: members, named: member.pageToken, what: .pageToken(member: member.id), words: words))
                    try? FileManager.default.removeItem(at: try memberPageFile(in: members, named: member.referralCode, what: .referralCode(member: member.id), words: words))
                    written += 1
                }
                if let email = invocation.string("--member") {
                    guard let member = try tx.member(email: email) else {
                        throw Failure(message: words.text("no member has the e-mail {email}; nothing was written", ["email": .text(email)]))
                    }
                    guard try tx.erasedAt(memberID: member.id) == nil else {
                        throw Failure(message: words.text("{email} belongs to an erased member, who has no page", ["email": .text(email)]))
                    }
                    try writePage(member)
                    return
                }
                try write(PageHTML.render(source.programPage, programName: name, language: language), to: URL(fileURLWithPath: directory).appendingPathComponent("index.html"))
                try tx.eachMember(includeErased: false, pageSize: 500, writePage)
                try tx.eachErasedMemberPageName { name in
                    try? FileManager.default.removeItem(at: try memberPageFile(in: members, named: name, what: .erasedMembersPage, words: words))
                }
            }
            if invocation.string("--member") != nil {
                Console.out(words.text("Wrote the My Rewards page to {folder}/.", ["folder": .text(members.path)]))
            } else {
                Console.out(words.plural("Wrote {directory}/index.html and {count} My Rewards page in {folder}/.",
                                         "Wrote {directory}/index.html and {count} My Rewards pages in {folder}/.", count: Int64(written),
                                         ["directory": .text(directory), "folder": .text(members.path)]))
            }
        }
    }

    /// Writes a page whole (a new temporary file renamed into place), so the shop never serves half
    /// of one. Pages are readable by all (0644): the web server serving them runs as another user.
    private static func write(_ html: String, to url: URL) throws {
        try PrivateFile.replace(url.path, with: Data(html.utf8), mode: 0o644)
    }
}
