import LoyaltyCore
import XCTest

final class PageHTMLTests: XCTestCase {
    private let hostile = "<script>alert('x')</script> '; DROP TABLE members;-- & \"Zoë\""

    private func member(named name: String, balance: Points) -> Member {
        Member(id: 1, details: MemberDetails(name: name, email: "zoe@example.com"), status: .visitor, tierID: 1, tierName: "Base",
               balance: balance, earnedTotal: balance, redeemedTotal: 0, referralCode: "K7M2QXPA", referredBy: nil, joined: Date(), lastActivity: nil)
    }

    func testHostileNamesAreEscapedAndThePageHasNoScript() {
        let program = Program(name: hostile, pointsName: "St<a>rs", pointsIcon: "<b>")
        let reward = Reward(id: 1, name: "<img src=x onerror=alert(1)>", kind: .fixed(FixedReward(cost: 10, discount: .freeProduct(sku: "</li>"))))
        let page = MyRewardsPage.document(member: member(named: hostile, balance: 20),
                                          coupons: [PageCoupon(code: "ABCDEFGHJKMN", rewardName: "<i>", description: "x", state: .issued)],
                                          program: program, rewards: [reward], tiers: [])
        let html = PageHTML.render(page, programName: program.name, backLink: "../index.html", private: true)
        XCTAssertFalse(html.lowercased().contains("<script"), html)
        XCTAssertFalse(html.contains("<img"), html)
        XCTAssertFalse(html.contains("<b>") || html.contains("<i>") || html.contains("<a>"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &#39;; DROP TABLE members;-- &amp; &quot;Zoë&quot;"), html)
        XCTAssertTrue(html.contains("<code>ABCD-EFGH-JKMN</code>"))
    }

    func testThePageIsPlainAccessibleHTML() {
        let program = Program(name: "Café Zoë", pointsName: "Stars")
        let rule = EarningRule(kind: .order, award: .perSpend(points: 10, per: try! Money.parse("1", currency: .euro)))
        let html = PageHTML.render(ProgramPage.document(program: program, rules: [rule], rewards: [], tiers: []), programName: program.name, language: .dutch)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\" dir=\"ltr\">"))
        XCTAssertEqual(html.components(separatedBy: "<h1>").count - 1, 1)
        XCTAssertTrue(html.contains("<h1>Café Zoë</h1>"))
        XCTAssertTrue(html.contains("<h2 id=\"section-1\">How to earn</h2>\n<ul>\n<li>Place an order: 10 Stars per €1.00</li>"), html)
        XCTAssertTrue(html.contains("<p class=\"muted\">Rewards are coming soon.</p>") || html.contains("<li class=\"muted\">Rewards are coming soon.</li>"))
        XCTAssertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        XCTAssertTrue(html.contains("<style>"))
    }
}
