import LoyaltyCore

/// The programme page in the Pages preview; what it says comes from `ProgramPage`.
enum ProgramPageText {
    static func lines(_ data: DashboardData) -> [(text: String, role: ThemeRole)] {
        PageText.lines(ProgramPage.document(program: data.program, rules: data.rules, rewards: data.rewards, tiers: data.tiers))
    }
}
