import LoyaltyCore
import Terminal
import LoyaltyText

/// Draws an opened member: contact details, status, tier and point totals, their coupons, and
/// the points activity as a scrolling table (date, action, change, balance after, reason, who made it),
/// or after `c` the coupons (`MemberCoupons`).
enum MemberDetailView {
    /// Lines above the activity: three of details, the coupons, and a blank line.
    private static func headerHeight(_ detail: MemberDetail, height: Int) -> Int {
        3 + couponLines(detail, height: height) + 1
    }

    /// One line per coupon, up to 3 (1 on short screens); one line when there are none.
    private static func couponLines(_ detail: MemberDetail, height: Int) -> Int {
        max(1, min(detail.card.coupons.count, height >= 20 ? 3 : 1))
    }

    /// Where the activity (or, after `c`, the coupons) table goes.
    static func tableArea(_ detail: MemberDetail, in area: Rect) -> Rect {
        let top = headerHeight(detail, height: area.height)
        return Rect(x: area.x, y: area.y + top, width: area.width, height: area.height - top)
    }

    /// Activity rows that fit on screen.
    static func activityRows(_ detail: MemberDetail, in area: Rect) -> Int { activityRows(detail, height: area.height) }

    /// Activity rows in a pane `height` rows high: what a page of it moves.
    static func activityRows(_ detail: MemberDetail, height: Int) -> Int { max(0, height - headerHeight(detail, height: height) - 1) }

    /// The activity entry shown at pane row `row`, if any (for clicks).
    static func activityIndex(atRow row: Int, _ detail: MemberDetail, in area: Rect) -> Int? {
        ListNavigation.tableRow(atLine: row - headerHeight(detail, height: area.height), list: detail.list, count: detail.activity.count,
                                visibleRows: activityRows(detail, in: area))
    }

    static func render(_ detail: MemberDetail, state: AppState, in area: Rect, on grid: inout CellGrid) {
        let theme = state.theme, member = detail.card.member, pointsName = state.data.program.pointsName, words = state.words
        func line(_ row: Int, _ text: String, _ role: ThemeRole = .normal) {
            grid.write(text, in: Rect(x: area.x, y: area.y + row, width: area.width, height: 1), style: theme[role])
        }
        let contact = [member.email, member.details.phone, member.details.birthday.map { words.text("birthday {day}", ["day": .text($0)]) }].compactMap { $0 }
        let x = area.x + grid.write(" " + member.name, x: area.x, y: area.y, style: theme[.title], maxWidth: area.width)
        grid.write("  " + contact.joined(separator: " · "), in: Rect(x: x, y: area.y, width: area.x + area.width - x, height: 1), style: theme[.normal])
        line(1, " \(CoreWording.status(member.status, words)) · \(member.tierName) · \(CoreWording.number(member.balance, words)) \(state.data.program.pointsIcon) "
             + CoreWording.pointsWord(member.balance, pointsName, words))
        let marketing = member.acceptsMarketing.map { " · " + ($0 ? words.text("marketing: yes") : words.text("marketing: no (opted out)")) } ?? ""
        line(2, " " + words.text("Earned {earned} · redeemed {redeemed} · joined {day}", ["earned": .grouped(member.earnedTotal), "redeemed": .grouped(member.redeemedTotal),
                                                                                       "day": .text(DisplayFormat.day(member.joined, words))]) + marketing, .muted)
        let coupons = detail.card.coupons, shown = couponLines(detail, height: area.height)
        let couponsLabel = words.text("Coupons:")
        if coupons.isEmpty { line(3, " " + words.text("Coupons: none"), .muted) }
        for (index, coupon) in coupons.prefix(shown).enumerated() {
            let more = index == shown - 1 && coupons.count > shown
                ? "  " + words.plural("(+{count} older)", "(+{count} older)", count: Int64(coupons.count - shown)) : ""
            line(3 + index, (index == 0 ? " \(couponsLabel) " : String(repeating: " ", count: DisplayWidth.of(couponsLabel) + 2))
                 + "\(DisplayFormat.couponCode(coupon.code))  \(coupon.rewardName)  \(DomainNames.couponState(coupon.state, words))\(more)")
        }
        if detail.couponList != nil {
            MemberCoupons.render(detail, in: tableArea(detail, in: area), on: &grid, theme: theme, words: words)
            return
        }
        let wide = area.width >= 60
        let columns = [TableColumn(words.text("Date")), TableColumn(words.text("Action"), width: .fit(max: wide ? 11 : 8)),
                       TableColumn(words.text("Change"), alignment: .right), TableColumn(words.text("Balance"), alignment: .right),
                       TableColumn(words.text("Reason"), width: .flexible(min: 6)), TableColumn(words.text("By"), width: .fit(max: wide ? 8 : 6))]
        TableView.showing(detail.activity, columns: columns, state: detail.list, in: tableArea(detail, in: area)) { entry in
            [DisplayFormat.day(entry.at, words), DomainNames.entryKind(entry.kind, words), DisplayFormat.change(entry.delta, words),
             CoreWording.number(entry.balanceAfter, words), DisplayFormat.activityReason(entry, words), entry.actor]
        }.render(in: tableArea(detail, in: area), on: &grid, theme: theme)
        if detail.activity.isEmpty {
            line(headerHeight(detail, height: area.height) + 1, " " + words.text("No activity yet: + gives points"), .muted)
        }
    }
}
