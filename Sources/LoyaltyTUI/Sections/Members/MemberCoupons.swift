import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// The opened member's coupons (`c`), shown instead of their activity: every coupon with what it
/// gives, its points and state; `u` marks the selected one used, `v` voids it (its points go back).
/// Both ask first and go through the store operations `loyalty coupon use|void` use (audited).
enum MemberCoupons {
    /// Shows the coupons instead of the activity, or the activity again.
    static func toggle(state: inout AppState) {
        guard var detail = state.members.open else { return }
        detail.couponList = detail.couponList == nil ? ListState() : nil
        state.members.open = detail
    }

    /// Moves the selected coupon.
    static func move(_ move: ListMove, state: inout AppState) {
        guard var detail = state.members.open, var list = detail.couponList else { return }
        let rows = MemberDetailView.activityRows(detail, height: state.pageHeight)
        ListNavigation.apply(move, to: &list, count: detail.card.coupons.count, visibleRows: rows)
        detail.couponList = list
        state.members.open = detail
    }

    /// Selects the coupon under a click on pane row `row`.
    static func click(row: Int, state: inout AppState) {
        let area = ListNavigation.paneArea(state)
        guard let detail = state.members.open, detail.couponList != nil else { return }
        let table = MemberDetailView.tableArea(detail, in: area), rows = MemberDetailView.activityRows(detail, in: area)
        guard let index = ListNavigation.tableRow(atLine: row - (table.y - area.y), list: detail.couponList ?? ListState(),
                                                  count: detail.card.coupons.count, visibleRows: rows) else { return }
        state.members.open?.couponList?.select(index, count: detail.card.coupons.count, visibleRows: rows)
    }

    /// Asks before marking the selected coupon used or voiding it; says why not when it is not issued.
    static func ask(_ target: CouponState, state: inout AppState) {
        guard let detail = state.members.open, let list = detail.couponList, let coupon = detail.card.coupons[safe: list.selected] else { return }
        let member = detail.card.member, program = state.data.program, code = DisplayFormat.couponCode(coupon.code), words = state.words
        let values: [String: SentenceValue] = ["code": .text(code), "state": .text(DomainNames.couponState(coupon.state, words)), "name": .text(member.name),
                                               "reward": .text(coupon.rewardName), "gives": .text(coupon.description)]
        guard coupon.state.canMove(to: target) else {
            state.message = .error(target == .used ? words.text("coupon {code} is {state}; only an issued coupon can be marked used", values)
                                                   : words.text("coupon {code} is {state}; only an issued coupon can be voided", values))
            return
        }
        let title: String, message: String, label: String
        if target == .voided {
            let back = coupon.points - coupon.returned
            (title, label) = (words.text("Void coupon"), words.text("Void"))
            message = words.text("Void coupon {code} of {name} ({reward}: {gives})?", values) + "\n"
                + (back > 0 ? words.text("Its {points} go back: balance {before} → {after}", ["points": .text(CoreWording.points(back, program.pointsName, words)),
                                         "before": .grouped(member.balance), "after": .text(CoreWording.points(member.balance + back, program.pointsName, words))])
                            : words.text("Its points were given back already."))
        } else {
            (title, label) = (words.text("Coupon used"), words.text("Mark used"))
            message = words.text("Mark coupon {code} of {name} ({reward}: {gives}) used? The shop accepted it; this cannot be undone.", values)
        }
        state.modal = .confirm(Confirmation(title: title, message: message, confirmLabel: label,
                                            purpose: .members(.changeCoupon(memberID: member.id, code: coupon.code, to: target))))
    }

    /// Marks the coupon used or voids it, as confirmed.
    static func change(memberID: Int64, code: String, to target: CouponState, state: inout AppState, store: Store) throws {
        let program = state.data.program
        if target == .voided {
            let coupon = try store.voidCoupon(code: code), member = try store.member(id: memberID)
            state.message = .success(state.words.text("Coupon {code} voided; {name} has {balance}", ["code": .text(DisplayFormat.couponCode(coupon.code)),
                                     "name": .text(member.name), "balance": .text(CoreWording.points(member.balance, program.pointsName, state.words))]))
        } else {
            let coupon = try store.useCoupon(code: code)
            state.message = .success(state.words.text("Coupon {code} marked used", ["code": .text(DisplayFormat.couponCode(coupon.code))]))
        }
    }

    /// The coupons table, newest first, in the rectangle the activity otherwise takes.
    static func render(_ detail: MemberDetail, in area: Rect, on grid: inout CellGrid, theme: Theme, words: Localizer) {
        let columns = [TableColumn(words.text("Code")), TableColumn(words.text("Reward"), width: .fit(min: 8)), TableColumn(words.text("Gives"), width: .flexible(min: 8)),
                       TableColumn(words.text("Points"), alignment: .right), TableColumn(words.text("State")), TableColumn(words.text("Issued"))]
        TableView.showing(detail.card.coupons, columns: columns, state: detail.couponList ?? ListState(), in: area) { coupon in
            [DisplayFormat.couponCode(coupon.code), coupon.rewardName, coupon.description, CoreWording.number(coupon.points, words),
             DomainNames.couponState(coupon.state, words), DisplayFormat.day(coupon.issued, words)]
        }.render(in: area, on: &grid, theme: theme)
        if detail.card.coupons.isEmpty {
            grid.write(" " + words.text("No coupons yet: Esc, then R redeems a reward"), in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), style: theme[.muted])
        }
    }
}
