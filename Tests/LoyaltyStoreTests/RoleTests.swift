import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Who may do what: every kind of change tried by an owner, a staff member and a viewer, each on
/// a fresh copy of the same programme. A refusal names the role and changes nothing at all.
final class RoleTests: XCTestCase {
    /// One change a user can try, and which kind of change it is.
    struct Operation {
        let name: String
        let kind: ChangeKind
        let run: (Store, Fixture) throws -> Void
    }

    /// What the programme holds before each operation: a member with 500 points (expiring after
    /// 12 months) and a coupon.
    struct Fixture {
        let rule: EarningRule
        let reward: Reward
        let tier: Tier
        let campaign: Campaign
        let coupon: CouponRecord
    }

    static var operations: [Operation] { [
        Operation(name: "give points", kind: .membersAndPoints) { store, _ in _ = try store.give(email: "zoe@example.com", points: 10, reason: "till") },
        Operation(name: "remove points", kind: .membersAndPoints) { store, _ in _ = try store.remove(email: "zoe@example.com", points: 10, reason: "return") },
        Operation(name: "set a balance", kind: .membersAndPoints) { store, _ in _ = try store.setBalance(email: "zoe@example.com", to: 42, reason: "old card") },
        Operation(name: "redeem", kind: .membersAndPoints) { store, f in _ = try store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: f.reward.id)) },
        Operation(name: "add a member", kind: .membersAndPoints) { store, _ in _ = try store.addMember(MemberDetails(name: "Ann", email: "ann@example.com")) },
        Operation(name: "change a status", kind: .membersAndPoints) { store, _ in _ = try store.setStatus(email: "zoe@example.com", .pending) },
        Operation(name: "edit a member", kind: .membersAndPoints) { store, _ in
            _ = try store.updateMember(email: "zoe@example.com", MemberDetails(name: "Zoë J.", email: "zoe@example.com"))
        },
        Operation(name: "use a coupon", kind: .membersAndPoints) { store, f in _ = try store.useCoupon(code: f.coupon.code) },
        Operation(name: "void a coupon", kind: .membersAndPoints) { store, f in _ = try store.voidCoupon(code: f.coupon.code) },
        Operation(name: "record an order", kind: .membersAndPoints) { store, _ in _ = try store.order("2001", "zoe@example.com", "12.00") },
        Operation(name: "refund an order", kind: .membersAndPoints) { store, _ in _ = try store.refund(RefundRequest(orderRef: "1001")) },
        Operation(name: "rename the programme", kind: .programme) { store, _ in try store.updateProgram(ProgramUpdate(name: "Café Zoë Plus")) },
        Operation(name: "pause the programme", kind: .programme) { store, _ in try store.pause() },
        Operation(name: "add a way to earn", kind: .programme) { store, _ in _ = try store.addRule(EarningRule(kind: .review, award: .fixed(5))) },
        Operation(name: "edit a way to earn", kind: .programme) { store, f in
            var rule = f.rule
            rule.maxPerEvent = 500
            _ = try store.editRule(rule)
        },
        Operation(name: "delete a way to earn", kind: .programme) { store, f in _ = try store.deleteRule(id: f.rule.id) },
        Operation(name: "add a reward", kind: .programme) { store, _ in
            _ = try store.addReward(Reward(name: "Free cake", kind: .fixed(FixedReward(cost: 250, discount: .freeProduct(sku: "CAKE")))))
        },
        Operation(name: "turn a reward off", kind: .programme) { store, f in _ = try store.setRewardActive(id: f.reward.id, false) },
        Operation(name: "add a tier", kind: .programme) { store, _ in _ = try store.addTier(Tier(name: "Platinum", threshold: 5000, multiplier: 200)) },
        Operation(name: "delete a tier", kind: .programme) { store, f in try store.deleteTier(id: f.tier.id) },
        Operation(name: "add a campaign", kind: .programme) { store, f in
            _ = try store.addCampaign(Campaign(name: "Double May", multiplier: 200, starts: day(1), ends: day(30), ruleIDs: [f.rule.id]))
        },
        Operation(name: "edit a campaign", kind: .programme) { store, f in
            var longer = f.campaign
            longer.ends = day(200)
            _ = try store.editCampaign(longer)
        },
        Operation(name: "delete a campaign", kind: .programme) { store, f in try store.deleteCampaign(id: f.campaign.id) },
        Operation(name: "edit an e-mail", kind: .programme) { store, _ in
            _ = try store.editEmail(.welcome, template: EmailTemplate(subject: "Hello {name}", body: "Welcome to {program}."))
        },
        Operation(name: "turn an e-mail on", kind: .programme) { store, _ in _ = try store.setEmailActive(.welcome, true) },
        Operation(name: "add a user", kind: .programme) { store, _ in try store.addUser(ProgramUser(name: "newbie", role: .staff)) },
        Operation(name: "change a role", kind: .programme) { store, _ in try store.setRole(of: "sam", to: .viewer) },
        Operation(name: "remove a user", kind: .programme) { store, _ in try store.removeUser("vic") },
        Operation(name: "run the daily job", kind: .programme) { store, _ in
            store.setClock(day(400))
            _ = try store.runDailyJob()
        },
        Operation(name: "expire points", kind: .programme) { store, _ in
            store.setClock(day(400))
            _ = try store.expirePoints()
        },
        Operation(name: "erase a member", kind: .programme) { store, _ in _ = try store.erase(email: "zoe@example.com") },
        Operation(name: "export coupons", kind: .programme) { store, _ in _ = try store.exportCoupons { _ in } },
    ] }

    /// A fresh programme in a file, owned by olga, with sam as staff and vic as viewer.
    private func programme() throws -> (path: String, fixture: Fixture) {
        let path = try temporaryDirectory().appendingPathComponent("loyalty.db").path
        let owner = try Store(path: path, actor: "olga")
        owner.setClock(day(0))
        try owner.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars", expiryMonths: .some(12)))
        let rule = try owner.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: eur("1"))))
        let reward = try owner.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(eur("5"))))))
        let tier = try owner.addTier(Tier(name: "Gold", threshold: 2000, multiplier: 150))
        let campaign = try owner.addCampaign(Campaign(name: "Double June", multiplier: 200, starts: day(150), ends: day(180), ruleIDs: [rule.id]))
        try owner.launch()
        _ = try owner.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"))
        try owner.order("1001", "zoe@example.com", "40.00")
        _ = try owner.give(email: "zoe@example.com", points: 200, reason: "opening gift")
        let coupon = try owner.redeem(RedeemRequest(email: "zoe@example.com", rewardID: reward.id))
        try owner.addUser(ProgramUser(name: "sam", role: .staff))
        try owner.addUser(ProgramUser(name: "vic", role: .viewer))
        return (path, Fixture(rule: rule, reward: reward, tier: tier, campaign: campaign, coupon: coupon))
    }

    private func attempt(_ operation: Operation, as actor: String) throws -> (error: String?, changes: Int64, store: Store) {
        let (path, fixture) = try programme()
        let store = try Store(path: path, actor: actor)
        store.setClock(day(1))
        let before = store.localChangeCounter
        do {
            try operation.run(store, fixture)
            return (nil, store.localChangeCounter - before, store)
        } catch {
            return ("\(error)", store.localChangeCounter - before, store)
        }
    }

    func testTheOwnerMayDoEverything() throws {
        for operation in Self.operations {
            let result = try attempt(operation, as: "olga")
            XCTAssertNil(result.error, "owner: \(operation.name)")
            XCTAssertGreaterThan(result.changes, 0, "owner: \(operation.name) changed something")
        }
    }

    func testStaffChangeMembersAndPointsButNotTheProgramme() throws {
        for operation in Self.operations {
            let result = try attempt(operation, as: "sam")
            switch operation.kind {
            case .membersAndPoints:
                XCTAssertNil(result.error, "staff: \(operation.name)")
            case .programme:
                XCTAssertEqual(result.error, "sam is staff: staff change members and points, not the programme; ask an owner",
                               "staff: \(operation.name)")
                XCTAssertEqual(result.changes, 0, "staff: \(operation.name) changed nothing")
            }
        }
    }

    func testAViewerChangesNothingAndTheDatabaseIsOpenedReadOnly() throws {
        for operation in Self.operations {
            let result = try attempt(operation, as: "vic")
            XCTAssertEqual(result.error, "vic is a viewer and may only look", "viewer: \(operation.name)")
            XCTAssertEqual(result.changes, 0, "viewer: \(operation.name)")
        }
        let viewer = try attempt(Self.operations[0], as: "vic").store
        XCTAssertTrue(viewer.isReadOnly)
        XCTAssertEqual(viewer.role, .viewer)
        XCTAssertEqual(try viewer.member(email: "zoe@example.com").balance, 500, "a viewer reads everything")
        XCTAssertTrue(errorMessage { try viewer.db.execute("DELETE FROM audit_log") }.contains("readonly"), "the connection itself cannot write")
    }

    func testSomeoneWhoIsNotAUserIsRefusedWithWhatToDo() throws {
        let (path, _) = try programme()
        XCTAssertThrowsError(try Store(path: path, actor: "mallory")) { error in
            XCTAssertEqual(error as? LoyaltyError, .access(.notAUser(user: "mallory")))
            XCTAssertEqual("\(error)", "mallory is not a user of this programme")
        }
    }

    func testTheFirstPersonToOpenANewDatabaseIsItsOwner() throws {
        let store = try Store(path: try temporaryDirectory().appendingPathComponent("new.db").path, actor: "olga")
        XCTAssertEqual(store.role, .owner)
        XCTAssertEqual(try store.users(), [ProgramUser(name: "olga", role: .owner)])
        XCTAssertEqual(try store.auditEntries().map(\.action), ["user.add"])
    }

    func testTheLastOwnerCannotBeRemovedOrDemoted() throws {
        let (path, _) = try programme()
        let owner = try Store(path: path, actor: "olga")
        let refusal = "olga is the only owner; make someone else owner first"
        XCTAssertEqual(errorMessage { try owner.removeUser("olga") }, refusal)
        XCTAssertEqual(errorMessage { try owner.setRole(of: "olga", to: .staff) }, refusal)
        try owner.setRole(of: "sam", to: .owner)
        try owner.setRole(of: "olga", to: .staff)
        XCTAssertEqual(try owner.users(), [ProgramUser(name: "sam", role: .owner), ProgramUser(name: "olga", role: .staff), ProgramUser(name: "vic", role: .viewer)])
    }

    func testAUserNameMustBeAnOSAccountName() throws {
        let (path, _) = try programme()
        let owner = try Store(path: path, actor: "olga")
        XCTAssertTrue(errorMessage { try owner.addUser(ProgramUser(name: "'; DROP TABLE users; --", role: .owner)) }.contains("is not an OS account name"))
        XCTAssertThrowsError(try owner.addUser(ProgramUser(name: "sam", role: .owner))) { error in
            XCTAssertEqual(error as? LoyaltyError, .access(.alreadyAUser(user: "sam", role: .staff, requested: .owner)))
            XCTAssertEqual("\(error)", "sam is already a user (staff)")
        }
    }
}
