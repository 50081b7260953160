/// The customer catalog of the e-mails: each automation's default subject and body in each
/// customer language, in the words of the seeds (Wix's Dutch, French and Hebrew help pages). Kept
/// in Core beside the English ones, not in the operator's `.po` catalogs: these texts are the
/// programme's data (copied into `email_automations`, edited there by the owner), chosen by the
/// programme's customer language, never by the language the owner works in.
extension EmailTrigger {
    /// The subject and body an automation starts with, in `language`.
    public func defaultTemplate(in language: CustomerLanguage) -> EmailTemplate {
        let (subject, body) = Self.defaults[language]![self]!
        return EmailTemplate(subject: subject, body: body)
    }

    private static let defaults: [CustomerLanguage: [EmailTrigger: (String, String)]] = [
        .english: [
            .welcome: ("Welcome to {program}, {name}!",
                       "Hi {name},\n\nYou are now a member of {program}. You have {balance} {points_name} to start with.\n"),
            .pointsEarned: ("You earned {points} {points_name}",
                            "Hi {name},\n\nYou earned {points} {points_name}. Your balance is now {balance} {points_name}.\n"),
            .rewardAvailable: ("You can redeem {reward}",
                               "Hi {name},\n\nWith {balance} {points_name} you can now redeem {reward}.\n"),
            .couponIssued: ("Your coupon: {coupon}",
                            "Hi {name},\n\nHere is your coupon for {reward}: {coupon}\n"),
            .pointsExpiring: ("{points} {points_name} expire on {expiry_date}",
                              "Hi {name},\n\n{points} of your {points_name} expire on {expiry_date}. Redeem them before then.\n"),
            .tierReached: ("Welcome to {tier}, {name}",
                           "Hi {name},\n\nYou reached {tier}. You now earn more {points_name} on every order.\n"),
        ],
        .dutch: [
            .welcome: ("Welkom bij {program}, {name}!",
                       "Hoi {name},\n\nJe bent nu lid van {program}. Je begint met {balance} {points_name}.\n"),
            .pointsEarned: ("Je hebt {points} {points_name} verdiend",
                            "Hoi {name},\n\nJe hebt {points} {points_name} verdiend. Je saldo is nu {balance} {points_name}.\n"),
            .rewardAvailable: ("Je kunt {reward} inwisselen",
                               "Hoi {name},\n\nMet {balance} {points_name} kun je nu {reward} inwisselen.\n"),
            .couponIssued: ("Je coupon: {coupon}",
                            "Hoi {name},\n\nHier is je coupon voor {reward}: {coupon}\n"),
            .pointsExpiring: ("{points} {points_name} vervallen op {expiry_date}",
                              "Hoi {name},\n\n{points} van je {points_name} vervallen op {expiry_date}. Wissel ze vóór die dag in.\n"),
            .tierReached: ("Welkom in {tier}, {name}",
                           "Hoi {name},\n\nJe hebt {tier} bereikt. Je verdient nu meer {points_name} bij elke bestelling.\n"),
        ],
        .french: [
            .welcome: ("Bienvenue dans {program}, {name} !",
                       "Bonjour {name},\n\nVous êtes maintenant membre de {program}. Vous commencez avec {balance} {points_name}.\n"),
            .pointsEarned: ("Vous avez gagné {points} {points_name}",
                            "Bonjour {name},\n\nVous avez gagné {points} {points_name}. Votre solde est maintenant de {balance} {points_name}.\n"),
            .rewardAvailable: ("Vous pouvez obtenir {reward}",
                               "Bonjour {name},\n\nAvec {balance} {points_name}, vous pouvez maintenant échanger vos points contre {reward}.\n"),
            .couponIssued: ("Votre coupon : {coupon}",
                            "Bonjour {name},\n\nVoici votre coupon pour {reward} : {coupon}\n"),
            .pointsExpiring: ("{points} {points_name} expirent le {expiry_date}",
                              "Bonjour {name},\n\n{points} de vos {points_name} expirent le {expiry_date}. Utilisez-les avant cette date.\n"),
            .tierReached: ("Bienvenue au niveau {tier}, {name}",
                           "Bonjour {name},\n\nVous avez atteint le niveau {tier}. Vous gagnez désormais plus de {points_name} à chaque commande.\n"),
        ],
        .hebrew: [
            .welcome: ("ברוכים הבאים ל{program}, {name}!",
                       "שלום {name},\n\nהצטרפתם ל{program}. יש לכם {balance} {points_name} להתחלה.\n"),
            .pointsEarned: ("צברתם {points} {points_name}",
                            "שלום {name},\n\nצברתם {points} {points_name}. היתרה שלכם עכשיו {balance} {points_name}.\n"),
            .rewardAvailable: ("אפשר לממש את {reward}",
                               "שלום {name},\n\nעם {balance} {points_name} אתם יכולים עכשיו לממש את {reward}.\n"),
            .couponIssued: ("הקופון שלכם: {coupon}",
                            "שלום {name},\n\nהנה הקופון שלכם עבור {reward}: {coupon}\n"),
            .pointsExpiring: ("{points} {points_name} יפוגו ב-{expiry_date}",
                              "שלום {name},\n\n{points} מה{points_name} שלכם יפוגו ב-{expiry_date}. כדאי לממש אותן לפני כן.\n"),
            .tierReached: ("ברוכים הבאים לרמת {tier}, {name}",
                           "שלום {name},\n\nהגעתם לרמת {tier}. מעכשיו תצברו יותר {points_name} על כל הזמנה.\n"),
        ],
    ]
}
