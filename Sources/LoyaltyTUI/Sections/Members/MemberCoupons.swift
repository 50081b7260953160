import LoyaltyCore
import LoyaltyStore
import Terminal

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
        let member = detail.card.member, program = state.data.program, code = DisplayFormat.couponCode(coupon.code)
        guard coupon.state.canMove(to: target) else {
            state.message = .error("coupon \(code) is \(coupon.state.rawValue); only an issued coupon can be \(target == .used ? "marked used" : "voided")")
            return
        }
        let title: String, message: String, label: String
        if target == .voided {
            let back = coupon.points - coupon.returned
            (title, label) = ("Void coupon", "Void")
            message = "Void coupon \(code) of \(member.name) (\(coupon.rewardName): \(coupon.description))?\n"
                + (back > 0 ? "Its \(program.points(back)) go back: balance \(member.balance) → \(program.points(member.balance + back))"
                            : "Its points were given back already.")
        } else {
            (title, label) = ("Coupon used", "Mark used")
            message = "Mark coupon \(code) of \(member.name) (\(coupon.rewardName): \(coupon.description)) used? "
                + "The shop accepted it; this cannot be undone."
        }
        state.modal = .confirm(Confirmation(title: title, message: message, confirmLabel: label,
                                            purpose: .members(.changeCoupon(memberID: member.id, code: coupon.code, to: target))))
    }

    /// Marks the coupon used or voids it, as confirmed.
    static func change(memberID: Int64, code: String, to target: CouponState, state: inout AppState, store: Store) throws {
        let program = state.data.program
        if target == .voided {
            let coupon = try store.voidCoupon(code: code), member = try store.member(id: memberID)
            state.message = .success("Coupon \(DisplayFormat.couponCode(coupon.code)) voided; \(member.name) has \(program.points(member.balance))")
        } else {
            let coupon = try store.useCoupon(code: code)
            state.message = .success("Coupon \(DisplayFormat.couponCode(coupon.code)) marked used")
        }
    }

    /// The coupons table, newest first, in the rectangle the activity otherwise takes.
    static func render(_ detail: MemberDetail, in area: Rect, on grid: inout CellGrid, theme: Theme) {
        let columns = [TableColumn("Code"), TableColumn("Reward", width: .fit(min: 8)), TableColumn("Gives", width: .flexible(min: 8)),
                       TableColumn("Points", alignment: .right), TableColumn("State"), TableColumn("Issued")]
        TableView.showing(detail.card.coupons, columns: columns, state: detail.couponList ?? ListState(), in: area) { coupon in
            [DisplayFormat.couponCode(coupon.code), coupon.rewardName, coupon.description, String(coupon.points), coupon.state.rawValue,
             DisplayFormat.day(coupon.issued)]
        }.render(in: area, on: &grid, theme: theme)
        if detail.card.coupons.isEmpty {
            grid.write(" No coupons yet: Esc, then R redeems a reward", in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), style: theme[.muted])
        }
    }
}
