import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// Redeeming for the opened member: a form offering the active rewards (those the member can
/// have first, each other one marked ✗ with why not), then a confirmation with what the coupon
/// gives, the points it uses and the balance before → after. What it shows is the store's own
/// quote, the decision the redemption then makes; nothing is spent before Yes.
enum RedeemForm {
    /// The form for `member`, with `rewardID` chosen (else the first reward they can have) and
    /// `total` as the order total. Two rewards that would read alike are told apart by their ids.
    static func form(_ member: Member, store: Store, program: Program, rewardID: Int64? = nil, total: String = "", words: Localizer) throws -> FormState {
        let all = try store.redemptionOptions(memberID: member.id)
        let options = all.filter { $0.why == nil } + all.filter { $0.why != nil }
        let plain = options.map { label($0, program: program, words) }
        let labels = zip(plain, options).map { text, option in
            plain.filter { $0 == text }.count > 1 ? words.text("{label} · reward {id}", ["label": .text(text), "id": .integer(option.reward.id)]) : text
        }
        let chosen = options.firstIndex { $0.reward.id == rewardID }.map { labels[$0] } ?? ""
        var reward = FormField(key: "reward", label: words.text("Reward"), kind: .choice(labels), value: chosen, hint: words.text("←/→ to choose a reward"), wraps: false)
        reward.optionHints = options.map { option in option.why.map { "✗ " + reason($0, program.pointsName, words) } ?? "" }
        return FormState(title: words.text("Redeem for {name}", ["name": .text(member.name)]),
                         purpose: .members(.redeem(memberID: member.id, rewardIDs: options.map(\.reward.id))), fields: [
            reward,
            FormField(key: "total", label: words.text("Order total"), kind: .money(program.currency, allowsEmpty: true), value: total,
                      hint: words.text("for the flexible reward: the order's total in {currency}, e.g. {example}",
                                       ["currency": .text(program.currency.code), "example": .amount(Money(minorUnits: 2450, currency: program.currency))]))
                .reading(words.language),
        ])
    }

    /// How a reward reads in the choice: "€5 off · 100 Stars", "Free cake · 250 Stars ✗ needs
    /// 130 more Stars", "Big basket · 50 Stars · orders from 20.00 EUR" (checked against the order
    /// total when one is given), "Points to money · 100 Stars = 1.00 EUR".
    private static func label(_ option: RedemptionOption, program: Program, _ words: Localizer) -> String {
        let reward = option.reward
        let price: String
        switch reward.kind {
        case .fixed(let fixed):
            price = CoreWording.points(fixed.cost, program.pointsName, words)
                + (fixed.minimumSubtotal.map { " · " + words.text("orders from {amount}", ["amount": .money($0)]) } ?? "")
        case .flexible: price = CoreWording.summary(reward, program.pointsName, words)
        }
        return "\(reward.name) · \(price)" + (option.why.map { " ✗ " + reason($0, program.pointsName, words) } ?? "")
    }

    /// Why a reward is out of reach, in a few words: "needs 130 more Stars", "for Gold and above".
    static func reason(_ refusal: RedemptionRules.Refusal, _ pointsName: String, _ words: Localizer) -> String {
        switch refusal {
        case .programmeNotActive(let status): return status == .paused ? words.text("redeeming is paused") : words.text("not launched yet")
        case .notAMember: return words.text("only members redeem")
        case .inactive: return words.text("not active")
        case .shortOfPoints(_, let balance) where balance <= 0: return words.text("needs a positive balance")
        case .shortOfPoints(let needed, let balance):
            let missing = needed - balance
            return words.text("needs {number} more {points}", ["number": .grouped(missing), "points": .text(CoreWording.pointsWord(missing, pointsName, words))])
        case .belowTier(let needed, _): return words.text("for {tier} and above", ["tier": .text(needed.name)])
        case .orderTooSmall(let minimum, _): return words.text("orders from {amount}", ["amount": .money(minimum)])
        }
    }

    /// Works out what the chosen redemption would do and asks before doing it.
    static func ask(_ form: FormState, memberID: Int64, rewardIDs: [Int64], state: inout AppState, store: Store) throws {
        let member = try store.member(id: memberID), program = state.data.program
        guard let field = form.fields.first(where: { $0.key == "reward" }), case .choice(let labels) = field.kind,
              let index = labels.firstIndex(of: field.value), let rewardID = rewardIDs[safe: index],
              let reward = try store.rewards().first(where: { $0.id == rewardID }) else {
            throw LoyaltyError.redeeming(.noActiveReward)
        }
        let total = form["total"].isEmpty ? nil : try NumberReading(state.words.language).money(form["total"], currency: program.currency)
        let quote = try store.quoteRedemption(RedeemRequest(email: member.email, rewardID: rewardID, orderTotal: total))
        let words = state.words
        let gives = quote.flexibleDiscount.map { discount in
            total.map { words.text("{amount} off an order of {total}", ["amount": .money(discount), "total": .money($0)]) }
                ?? words.text("{amount} off", ["amount": .money(discount)])
        } ?? quote.description
        let message = words.text("{reward} for {name}", ["reward": .text(reward.name), "name": .text(member.name)]) + "\n"
            + words.text("Gives {gives}", ["gives": .text(gives)]) + "\n"
            + words.text("Uses {points}: balance {before} → {after}", ["points": .text(CoreWording.points(quote.points, program.pointsName, words)),
                         "before": .grouped(member.balance), "after": .text(CoreWording.points(member.balance - quote.points, program.pointsName, words))])
        state.modal = .confirm(Confirmation(title: words.text("Redeem"), message: message, confirmLabel: words.text("Redeem"),
                                            purpose: .members(.redeem(memberID: memberID, rewardID: rewardID, orderTotal: total, points: quote.points)),
                                            resumeForm: form))
    }

    /// Redeems what was confirmed. A refusal (the balance changed meanwhile, the programme was
    /// paused) reopens the form with the reason and what was chosen.
    static func redeem(memberID: Int64, rewardID: Int64, orderTotal: Money?, points: Points, state: inout AppState, store: Store) throws {
        let member = try store.member(id: memberID), program = state.data.program
        do {
            let coupon = try store.redeem(RedeemRequest(email: member.email, rewardID: rewardID, orderTotal: orderTotal, expectedPoints: points))
            state.message = .success(state.words.text("Coupon {code} for {name}: {gives}, {points}", ["code": .text(DisplayFormat.couponCode(coupon.code)),
                                     "name": .text(member.name), "gives": .text(coupon.description), "points": .text(CoreWording.points(coupon.points, program.pointsName, state.words))]))
        } catch {
            var form = try form(try store.member(id: memberID), store: store, program: program, rewardID: rewardID,
                                total: orderTotal.map(state.words.style.amount) ?? "", words: state.words)
            form.error = DashboardErrorWording.text(error, state.words)
            state.modal = .form(form)
        }
    }
}
