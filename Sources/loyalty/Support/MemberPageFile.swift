import Foundation
import LoyaltyCore

/// The file of a member's My Rewards page: `<folder>/<referral code>.html`. A code that could name a
/// file anywhere else (`../../x`, a slash, a control character) is refused, so `page export` never
/// writes or deletes outside its folder. `member` says whose code it is in the refusal ("member 12").
func memberPageFile(in folder: URL, referralCode: String, of member: String) throws -> URL {
    do {
        let name = try FileNamePart.checked(referralCode, what: "the referral code of \(member)")
        return folder.appendingPathComponent(name + ".html")
    } catch let error as LoyaltyError {
        throw Failure(message: "\(error.description): no page was written for that member and the export stopped; check the database with `loyalty check`, or restore a backup")
    }
}
