import Foundation
import LoyaltyCore
import LoyaltyText

/// How the dashboard words the core's values in the operator's language: statuses, kinds of
/// activity and ways to earn, what a reward gives, how points and money read. The core keeps its
/// English for the CLI and files; these are the same words, looked up in the catalogs. Roles,
/// e-mail triggers, coupon states and kinds of ledger entry are `DomainNames`, shared with the CLI.
enum CoreWording {
    static func status(_ status: ProgramStatus, _ words: Localizer) -> String {
        switch status {
        case .draft: return words.text("Draft")
        case .active: return words.text("Active")
        case .paused: return words.text("Paused")
        }
    }

    static func status(_ status: MemberStatus, _ words: Localizer) -> String {
        switch status {
        case .member: return words.text("Member")
        case .visitor: return words.text("Visitor")
        case .pending: return words.text("Pending")
        }
    }

    /// "1 member", "3 visitors", "2 pending".
    static func counted(_ status: MemberStatus, _ count: Int64, _ words: Localizer) -> String {
        switch status {
        case .member: return words.plural("{count} member", "{count} members", count: count)
        case .visitor: return words.plural("{count} visitor", "{count} visitors", count: count)
        case .pending: return words.plural("{count} pending", "{count} pending", count: count)
        }
    }

    static func kind(_ kind: EarningKind, _ words: Localizer) -> String {
        switch kind {
        case .signup: return words.text("Sign up")
        case .order: return words.text("Place an order")
        case .booking: return words.text("Book a service")
        case .eventTicket: return words.text("Buy an event ticket")
        case .eventRSVP: return words.text("RSVP to an event")
        case .newsletter: return words.text("Subscribe to newsletter")
        case .review: return words.text("Write a review")
        case .birthday: return words.text("Birthday")
        case .referral: return words.text("Refer a friend")
        case .custom: return words.text("Custom action")
        }
    }

    /// "10% off", "€5.00 off", "Free shipping", "Free product CAKE", "CAKE for €2.00".
    static func discount(_ discount: Discount, _ words: Localizer) -> String {
        switch discount {
        case .percentOff(let percent): return words.text("{percent}% off", ["percent": .integer(percent)])
        case .amountOff(let money): return words.text("{amount} off", ["amount": .money(money)])
        case .freeShipping: return words.text("Free shipping")
        case .freeProduct(let sku): return words.text("Free product {sku}", ["sku": .text(sku)])
        case .salePrice(let sku, let price): return words.text("{sku} for {price}", ["sku": .text(sku), "price": .money(price)])
        }
    }

    /// A number of points in the programme's name: "1 Star", "40 Stars", "40 Punten".
    static func points(_ points: Points, _ pointsName: String, _ words: Localizer) -> String {
        "\(words.style.number(points)) \(pointsWord(points, pointsName, words))"
    }

    /// The points name after a number: "Star" after 1 in English, the name as it is otherwise.
    static func pointsWord(_ points: Points, _ pointsName: String, _ words: Localizer) -> String {
        words.language == .english ? Counting.pointsWord(points, named: pointsName) : pointsName
    }

    /// "10 Stars per €1.00", "50 Stars".
    static func award(_ rule: EarningRule, _ pointsName: String, _ words: Localizer) -> String {
        switch rule.award {
        case .fixed(let points): return self.points(points, pointsName, words)
        case .perSpend(let points, let per):
            return words.text("{points} per {amount}", ["points": .text(CoreWording.points(points, pointsName, words)), "amount": .money(per)])
        }
    }

    /// What the reward gives and costs: "10% off for 200 Stars", "100 Stars = €1.00".
    static func summary(_ reward: Reward, _ pointsName: String, _ words: Localizer) -> String {
        switch reward.kind {
        case .fixed(let fixed):
            return words.text("{discount} for {points}", ["discount": .text(discount(fixed.discount, words)), "points": .text(CoreWording.points(fixed.cost, pointsName, words))])
        case .flexible(let flex):
            return words.text("{points} = {amount}", ["points": .text(CoreWording.points(flex.points, pointsName, words)), "amount": .money(flex.value)])
        }
    }

    /// "12 months after earning", or "never".
    static func expiry(months: Int?, _ words: Localizer) -> String {
        guard let months else { return words.text("never") }
        return words.plural("{count} month after earning", "{count} months after earning", count: Int64(months))
    }

    /// A whole number with its thousands grouped: 1,234 / 1.234 / 1 234.
    static func number(_ number: Int64, _ words: Localizer) -> String { words.style.number(number) }

    /// An amount with its currency: €1,234.56 / € 1.234,56 / 1 234,56 €.
    static func money(_ money: Money, _ words: Localizer) -> String { words.style.money(money) }

    /// A day: 2026-12-01 / 1-12-2026 / 01/12/2026 / 1.12.2026.
    static func day(_ date: Date, _ words: Localizer) -> String { words.style.day(date, in: words.zone) }

    /// A day and time: 2026-12-01 14:05.
    static func moment(_ date: Date, _ words: Localizer) -> String { words.style.moment(date, in: words.zone) }
}
