import Foundation
import LoyaltyCore
import LoyaltyText

/// A file of the members' pages: `<folder>/<page name>.html` (a member's page token; a referral code
/// for the pages older versions named by it). A name that could name a file anywhere else (`../../x`,
/// a slash, a control character) is refused, so `page export` never writes or deletes outside its
/// folder. `what` says whose name it is in the refusal (the page token of member 12).
func memberPageFile(in folder: URL, named pageName: String, what: FileNameOrigin, words: Localizer) throws -> URL {
    do {
        let name = try FileNamePart.checked(pageName, what: what)
        return folder.appendingPathComponent(name + ".html")
    } catch let error as LoyaltyError {
        throw Failure(message: words.text("{reason}: no page was written for that member and the export stopped; check the database with `loyalty check`, or restore a backup",
                                          ["reason": .text(CommandHints.wording(error, words))]))
    }
}
