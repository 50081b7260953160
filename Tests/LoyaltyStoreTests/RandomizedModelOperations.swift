import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The random operations of a `ModelRun`, each applied to the store and to the model.
extension ModelRun {

    func order() throws -> Set<String> {
        orderCounter += 1
        let ref = "o\(orderCounter)"
        let email = anyEmail()
        let paid = chance(10) ? int(0...99) : int(0...6000)
        let event = EarningEvent(kind: .order, externalID: ref, email: email, amount: Money(minorUnits: paid, currency: .euro))
        guard let outcome = try agree("order \(ref) \(email) \(paid)c", refuses: false, { try store.record(event) }) else { return [] }
        if model.people[email] == nil { model.people[email] = ModelPerson(status: .visitor) }
        let earned: Int64 = model.active ? paid / 100 * 10 : 0
        var lot: Int?
        if earned > 0 {
            lot = model.credit(email, earned, now: now)
            model.issued += earned
        }
        try expect(outcome.points == earned && outcome.awarded == (earned > 0) && !outcome.duplicate,
                   "order \(ref): store awarded \(outcome.points) (\(outcome.message)), model \(earned)")
        model.orders[ref] = ModelOrder(ref: ref, email: email, paid: paid, earned: earned, lotSeq: lot, event: event)
        model.orderRefs.append(ref)
        return [email]
    }

    func repeatOrder() throws -> Set<String> {
        guard let ref = pick(model.orderRefs), let order = model.orders[ref] else { return [] }
        if chance(70) {
            var again = order.event
            again.email = again.email.uppercased()
            guard let outcome = try agree("order \(ref) again", refuses: false, { try store.record(again) }) else { return [] }
            try expect(outcome.duplicate && outcome.points == order.earned, "order \(ref) again: duplicate \(outcome.duplicate), points \(outcome.points), first \(order.earned)")
        } else {
            var changed = order.event
            changed.amount = Money(minorUnits: order.paid + int(1...500), currency: .euro)
            _ = try agree("order \(ref) again with another amount", refuses: true) { try store.record(changed) }
        }
        return [order.email]
    }

    /// Why the model refuses any redemption by `email`, before the reward's own rules.
    func redeemRefusal(_ email: String) -> Bool {
        guard model.active, let person = model.people[email] else { return true }
        return person.status != .member || person.balance <= 0
    }

    func orderRefFor(_ email: String) -> String? {
        chance(50) ? pick(model.orderRefs.filter { model.orders[$0]!.email == email }) : nil
    }

    func redeemFixed() throws -> Set<String> {
        let email = knownEmail() ?? anyEmail()
        let refuses = redeemRefusal(email) || model.people[email]!.balance < Self.fixedCost
        let ref = orderRefFor(email)
        guard let coupon = try agree("redeem fixed \(email) for \(ref ?? "-")", refuses: refuses, {
            try store.redeem(RedeemRequest(email: email, rewardID: fixedID, orderRef: ref))
        }) else { return [] }
        try expect(coupon.points == Self.fixedCost, "fixed coupon costs \(coupon.points)")
        model.debit(email, Self.fixedCost)
        model.redeemed += Self.fixedCost
        model.coupons.append(ModelCoupon(code: coupon.code, email: email, points: Self.fixedCost, orderRef: ref))
        return [email]
    }

    func redeemFlexible() throws -> Set<String> {
        let email = knownEmail() ?? anyEmail()
        let total = int(0...8000)
        let requested: Int64? = chance(30) ? int(1...400) : nil
        // 100 points = 1.00 EUR, so a point is a cent: min(balance, floor(30% of total), total), at most what was asked
        var points: Int64 = 0
        if let person = model.people[email] {
            points = min(person.balance, total * Self.flexiblePercentCap / 100, total)
            if let requested { points = min(points, requested) }
        }
        let refuses = redeemRefusal(email) || points < Self.flexibleMinimum
        let ref = orderRefFor(email)
        guard let coupon = try agree("redeem flexible \(email) on \(total)c asking \(requested.map(String.init) ?? "-")", refuses: refuses, {
            try store.redeem(RedeemRequest(email: email, rewardID: flexibleID, orderTotal: Money(minorUnits: total, currency: .euro), points: requested, orderRef: ref))
        }) else { return [] }
        try expect(coupon.points == points && coupon.discountValue == points, "flexible coupon: store \(coupon.points) points for \(coupon.discountValue ?? -1)c, model \(points)")
        model.debit(email, points)
        model.redeemed += points
        model.coupons.append(ModelCoupon(code: coupon.code, email: email, points: points, orderRef: ref))
        return [email]
    }

    func refund() throws -> Set<String> {
        guard let ref = pick(model.orderRefs), var order = model.orders[ref] else { return [] }
        let request: RefundRequest
        if chance(25) || order.paid == 0 {
            request = RefundRequest(orderRef: ref)
        } else {
            refundCounter += 1
            request = RefundRequest(orderRef: ref, refundID: "r\(refundCounter)", amount: Money(minorUnits: int(1...order.paid), currency: .euro))
        }
        if let first = model.refunds[request.key] {
            // a cancellation sent again: nothing changes and the first result is reported
            guard let outcome = try agree("cancel \(ref) again", refuses: false, { try store.refund(request) }) else { return [] }
            try expect(outcome.duplicate && outcome.reversed == first.reversed && outcome.returned == first.returned,
                       "cancel \(ref) again: \(outcome), first reversed \(first.reversed) returned \(first.returned)")
            return [order.email]
        }
        guard let outcome = try agree("refund \(request.key) of \(request.amount.map { "\($0.minorUnits)c" } ?? "all") (paid \(order.paid)c)", refuses: false, {
            try store.refund(request)
        }) else { return [] }
        var touched: Set<String> = [order.email]
        let refundedNow = min(order.paid, order.refunded + (request.amount?.minorUnits ?? order.paid))
        let target = order.paid > 0 ? order.earned * refundedNow / order.paid : 0
        let expiredFromOrder = model.people[order.email]!.lots.first { $0.seq == order.lotSeq }?.expired ?? 0
        let reversed = max(0, min(target - order.reversed, order.earned - expiredFromOrder - order.reversed))
        if reversed > 0 { model.debit(order.email, reversed, preferred: order.lotSeq) }
        order.refunded = refundedNow
        order.reversed += reversed
        model.orders[ref] = order
        var returned: Int64 = 0
        for index in model.coupons.indices where model.coupons[index].orderRef == ref {
            let coupon = model.coupons[index]
            let share = order.paid > 0 ? coupon.points * refundedNow / order.paid : 0
            let back = max(0, share - coupon.returned)
            guard back > 0 else { continue }
            model.credit(coupon.email, back, now: now)
            model.coupons[index].returned += back
            returned += back
            touched.insert(coupon.email)
        }
        try expect(outcome.reversed == reversed && outcome.returned == returned && !outcome.duplicate,
                   "refund \(request.key): store reversed \(outcome.reversed) returned \(outcome.returned), model \(reversed) / \(returned)")
        model.refunds[request.key] = (request, reversed, returned)
        model.refundKeys.append(request.key)
        return touched
    }

    func repeatRefund() throws -> Set<String> {
        guard let key = pick(model.refundKeys), let first = model.refunds[key] else { return [] }
        let email = model.orders[first.request.orderRef]!.email
        if chance(70) || first.request.amount == nil {
            guard let outcome = try agree("refund \(key) again", refuses: false, { try store.refund(first.request) }) else { return [] }
            try expect(outcome.duplicate && outcome.reversed == first.reversed && outcome.returned == first.returned,
                       "refund \(key) again: \(outcome), first reversed \(first.reversed) returned \(first.returned)")
        } else {
            var changed = first.request
            changed.amount = Money(minorUnits: first.request.amount!.minorUnits + 1, currency: .euro)
            _ = try agree("refund \(key) again with another amount", refuses: true) { try store.refund(changed) }
        }
        return [email]
    }

    func give() throws -> Set<String> {
        let email = chance(95) ? (knownEmail() ?? anyEmail()) : "nobody@example.com"
        let points = int(1...300)
        guard try agree("give \(email) \(points)", refuses: model.people[email] == nil, {
            try store.give(email: email, points: points, reason: "model give")
        }) != nil else { return [] }
        model.credit(email, points, now: now)
        model.issued += points
        return [email]
    }

    func remove() throws -> Set<String> {
        guard let email = knownEmail() else { return [] }
        let points = int(1...250)
        guard try agree("remove \(email) \(points)", refuses: points > model.people[email]!.balance, {
            try store.remove(email: email, points: points, reason: "model remove")
        }) != nil else { return [] }
        model.debit(email, points)
        return [email]
    }

    func setBalance() throws -> Set<String> {
        guard let email = knownEmail() else { return [] }
        let balance = model.people[email]!.balance
        let target = chance(10) ? max(balance, 0) : int(0...400)
        guard let entry = try agree("set \(email) to \(target) (model has \(balance))", refuses: target == balance, {
            try store.setBalance(email: email, to: target, reason: "model set")
        }) else { return [] }
        try expect(entry.kind == .set && entry.delta == target - balance && entry.balanceAfter == target, "set entry \(entry)")
        if target > balance {
            model.credit(email, target - balance, now: now)
            model.issued += target - balance
        } else {
            model.debit(email, balance - target)
        }
        return [email]
    }

    func changeCoupon() throws -> Set<String> {
        guard let index = pick(Array(model.coupons.indices)) else { return [] }
        let coupon = model.coupons[index]
        let refuses = coupon.state != .issued
        if chance(60) {
            guard try agree("void \(coupon.code) (\(coupon.state), returned \(coupon.returned)/\(coupon.points))", refuses: refuses, {
                try store.voidCoupon(code: coupon.code)
            }) != nil else { return [] }
            model.coupons[index].state = .voided
            if coupon.points > coupon.returned { model.credit(coupon.email, coupon.points - coupon.returned, now: now) }
            model.coupons[index].returned = coupon.points
        } else {
            guard try agree("use \(coupon.code) (\(coupon.state))", refuses: refuses, { try store.useCoupon(code: coupon.code) }) != nil else { return [] }
            model.coupons[index].state = .used
        }
        return [coupon.email]
    }

    func expire() throws -> Set<String> {
        guard let report = try agree("expire", refuses: false, { try store.expirePoints() }) else { return [] }
        let (lots, points) = model.expire(now: now)
        try expect(report.entries == lots && report.points == points, "expiry job: store \(report.entries) lots / \(report.points) points, model \(lots) / \(points)")
        if chance(30) {
            let again = try store.expirePoints()
            try expect(again.entries == 0 && again.points == 0, "expiry job run twice: the second run expired \(again.points) points")
        }
        return Set(model.people.keys)
    }

    func advanceClock() -> Set<String> {
        let days = chance(20) ? int(0...3) : int(0...45)
        now += days * 86_400 + int(0...86_399)
        setClock()
        note("clock +\(days) days → \(Date(timeIntervalSince1970: TimeInterval(now)))")
        return []
    }

    func changeStatus() throws -> Set<String> {
        guard let email = knownEmail() else { return [] }
        let status: MemberStatus = chance(60) ? .member : pick([.visitor, .pending])!
        guard try agree("status \(email) → \(status)", refuses: false, { try store.setStatus(email: email, status) }) != nil else { return [] }
        let before = model.people[email]!.status
        model.people[email]!.status = status
        if status == .member && before != .member { model.becameMember(email, now: now) }
        return [email]
    }

    func addMember() throws -> Set<String> {
        let email = anyEmail()
        let status = pick(MemberStatus.allCases)!
        guard try agree("add \(email) as \(status)", refuses: model.people[email] != nil, {
            try store.addMember(MemberDetails(name: "Person", email: email.uppercased()), status: status)
        }) != nil else { return [email] }
        model.people[email] = ModelPerson(status: status)
        if status == .member { model.becameMember(email, now: now) }
        return [email]
    }

    func pauseOrResume() throws -> Set<String> {
        if model.active {
            guard chance(35) else { return [] }
            _ = try agree("pause", refuses: false) { try store.pause() }
        } else {
            _ = try agree("resume", refuses: false) { try store.resume() }
        }
        model.active.toggle()
        return []
    }

    func changeExpiry() throws -> Set<String> {
        let months = pick([nil, 1, 2, 3, 6] as [Int?])!
        let heldToo = months != nil && chance(40)
        _ = try agree("expiry → \(months.map { "\($0) months" } ?? "off")\(heldToo ? ", points held too" : "")", refuses: false) {
            try store.updateProgram(ProgramUpdate(expiryMonths: .some(months), expiryScope: heldToo ? .pointsHeld(graceUntil: nil) : .newPointsOnly))
        }
        model.expiryMonths = months
        if heldToo, let months { model.expireHeldPoints(after: months, now: now) }
        return []
    }
}
