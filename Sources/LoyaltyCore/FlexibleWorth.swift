extension FlexibleReward {
    /// What `points` are worth at this reward's rate, rounded down to the minor unit, computed in 128
    /// bits so no balance or total traps; nil when the worth is more than an `Int64` of minor units.
    public func worth(of points: Points) -> Money? {
        guard points > 0, self.points > 0 else { return Money.zero(value.currency) }
        let product = Int128(points) * Int128(value.minorUnits)
        return Int64(exactly: product / Int128(self.points)).map { Money(minorUnits: $0, currency: value.currency) }
    }
}
