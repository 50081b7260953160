/// The customer catalog of the pages and of what rewards and coupons give: each English template
/// with its Dutch, French and Hebrew, in the words of the seeds (Wix's own help pages) and the
/// e-mails' register (Dutch "je", French "vous", Hebrew plural). Read through
/// `CustomerLanguage.text(_:_:)`.
enum CustomerPhrases {
    /// The template in `language`, or nil when the catalog does not have it.
    static func translation(of template: String, in language: CustomerLanguage) -> String? {
        guard let phrase = phrases[template] else { return nil }
        switch language {
        case .english: return template
        case .dutch: return phrase.nl
        case .french: return phrase.fr
        case .hebrew: return phrase.he
        }
    }

    static let phrases: [String: (nl: String, fr: String, he: String)] = [
        // The programme page.
        "Our rewards programme": ("Ons spaarprogramma", "Notre programme de fidélité", "מועדון הלקוחות שלנו"),
        "Collect {icon} {points} every time you shop and turn them into rewards.":
            ("Spaar {icon} {points} bij elke aankoop en wissel ze in voor beloningen.",
             "Cumulez des {icon} {points} à chaque achat et échangez-les contre des récompenses.",
             "צברו {icon} {points} בכל קנייה וממשו אותן בהטבות."),
        "How to earn": ("Zo spaar je", "Comment cumuler", "איך צוברים"),
        "Ways to earn are coming soon.": ("Manieren om te sparen volgen binnenkort.", "Les façons de cumuler arrivent bientôt.", "דרכים לצבור יגיעו בקרוב."),
        "{rule}: {award}": ("{rule}: {award}", "{rule} : {award}", "{rule}: {award}"),
        "{rule}: {award} (up to {count} a day)":
            ("{rule}: {award} (hoogstens {count} per dag)", "{rule} : {award} (jusqu'à {count} par jour)", "{rule}: {award} (עד {count} ביום)"),
        "{points} per {amount}": ("{points} per {amount}", "{points} par tranche de {amount}", "{points} על כל {amount}"),
        "Rewards": ("Beloningen", "Récompenses", "הטבות"),
        "Rewards are coming soon.": ("Beloningen volgen binnenkort.", "Les récompenses arrivent bientôt.", "הטבות יגיעו בקרוב."),
        "{reward}: {gives}": ("{reward}: {gives}", "{reward} : {gives}", "{reward}: {gives}"),
        "{reward}: {gives} ({conditions})": ("{reward}: {gives} ({conditions})", "{reward} : {gives} ({conditions})", "{reward}: {gives} ({conditions})"),
        "Tiers": ("Niveaus", "Niveaux", "רמות"),
        "{tier}: {reach}": ("{tier}: {reach}", "{tier} : {reach}", "{tier}: {reach}"),
        "{tier}: {reach} · earn {multiplier} {points}":
            ("{tier}: {reach} · verdien {multiplier} {points}", "{tier} : {reach} · gagnez {multiplier} {points}", "{tier}: {reach} · צוברים {multiplier} {points}"),
        "where everyone starts": ("waar iedereen begint", "le niveau de départ de tous", "כאן כולם מתחילים"),
        "from {points} earned in 1 month": ("vanaf {points} verdiend in 1 maand", "dès {points} gagnés en 1 mois", "מ-{points} שנצברו בחודש אחד"),
        "from {points} earned in {count} months":
            ("vanaf {points} verdiend in {count} maanden", "dès {points} gagnés en {count} mois", "מ-{points} שנצברו ב-{count} חודשים"),
        "How to join": ("Zo word je lid", "Comment adhérer", "איך מצטרפים"),
        "Create an account at the shop or ask us at the till. Only members can redeem rewards.":
            ("Maak een account aan in de winkel of vraag het ons aan de kassa. Alleen leden kunnen beloningen inwisselen.",
             "Créez un compte sur la boutique ou demandez-nous en caisse. Seuls les membres peuvent échanger des récompenses.",
             "פתחו חשבון בחנות או פנו אלינו בקופה. רק חברי המועדון יכולים לממש הטבות."),
        "Create an account at the shop or ask us at the till and get {award} to start. Only members can redeem rewards.":
            ("Maak een account aan in de winkel of vraag het ons aan de kassa en krijg {award} om mee te beginnen. Alleen leden kunnen beloningen inwisselen.",
             "Créez un compte sur la boutique ou demandez-nous en caisse et recevez {award} pour commencer. Seuls les membres peuvent échanger des récompenses.",
             "פתחו חשבון בחנות או פנו אלינו בקופה וקבלו {award} להתחלה. רק חברי המועדון יכולים לממש הטבות."),
        "{points} expire 1 month after you earn them.":
            ("{points} vervallen 1 maand nadat je ze hebt verdiend.", "Les {points} expirent 1 mois après leur obtention.", "תוקף ה{points} פג חודש אחד אחרי הצבירה."),
        "{points} expire {count} months after you earn them.":
            ("{points} vervallen {count} maanden nadat je ze hebt verdiend.", "Les {points} expirent {count} mois après leur obtention.",
             "תוקף ה{points} פג {count} חודשים אחרי הצבירה."),
        "About the programme": ("Over het programma", "À propos du programme", "על המועדון"),
        "About {program}": ("Over {program}", "À propos de {program}", "על {program}"),

        // My Rewards.
        "My Rewards · {name}": ("Mijn beloningen · {name}", "Mes récompenses · {name}", "ההטבות שלי · {name}"),
        "You have {count} {icon} {points} · {tier} tier":
            ("Je hebt {count} {icon} {points} · niveau {tier}", "Vous avez {count} {icon} {points} · niveau {tier}", "יש לכם {count} {icon} {points} · רמת {tier}"),
        "Join the programme to redeem your {points}; you keep what you have earned.":
            ("Word lid van het programma om je {points} in te wisselen; wat je al hebt verdiend, blijft van jou.",
             "Rejoignez le programme pour échanger vos {points} ; vous gardez ce que vous avez déjà gagné.",
             "הצטרפו למועדון כדי לממש את ה{points} שלכם; מה שצברתם נשאר שלכם."),
        "No rewards yet.": ("Nog geen beloningen.", "Pas encore de récompenses.", "עדיין אין הטבות."),
        "Your coupons": ("Je coupons", "Vos coupons", "הקופונים שלכם"),
        "None yet.": ("Nog geen coupons.", "Aucun coupon pour l'instant.", "עדיין אין קופונים."),
        "{reward}: {gives} · {state}": ("{reward}: {gives} · {state}", "{reward} : {gives} · {state}", "{reward}: {gives} · {state}"),
        "{reward} ({gives})": ("{reward} ({gives})", "{reward} ({gives})", "{reward} ({gives})"),
        "{reward}: {reasons}": ("{reward}: {reasons}", "{reward} : {reasons}", "{reward}: {reasons}"),
        "{reward}: yours to redeem": ("{reward}: klaar om in te wisselen", "{reward} : à échanger dès maintenant", "{reward}: אפשר לממש עכשיו"),
        "{reward}: yours to redeem on an order of {amount} or more":
            ("{reward}: in te wisselen bij een bestelling vanaf {amount}", "{reward} : à échanger sur une commande de {amount} ou plus",
             "{reward}: אפשר לממש בהזמנה של {amount} ומעלה"),
        "{reward}: your {points} are worth {amount}":
            ("{reward}: je {points} zijn {amount} waard", "{reward} : vos {points} valent {amount}", "{reward}: יש לכם {points} בשווי {amount}"),
        "more than can be counted": ("meer dan te tellen is", "plus qu'on ne peut compter", "יותר ממה שאפשר לספור"),
        "{points} to go": ("nog {points} te gaan", "encore {points}", "עוד {points}"),
        "reach {tier} to redeem (you are {current})":
            ("bereik {tier} om in te wisselen (je bent {current})", "atteignez le niveau {tier} pour l'échanger (vous êtes {current})",
             "הגיעו לרמת {tier} כדי לממש (אתם ברמת {current})"),
        "needs an order of {amount} or more":
            ("vraagt een bestelling vanaf {amount}", "demande une commande de {amount} ou plus", "דורש הזמנה של {amount} ומעלה"),
        "members only: join to redeem": ("alleen voor leden: word lid om in te wisselen", "réservé aux membres : adhérez pour l'échanger", "לחברי המועדון בלבד: הצטרפו כדי לממש"),
        "not offered now": ("nu niet beschikbaar", "non proposée pour le moment", "לא זמינה כרגע"),
        "redeeming is paused for now": ("inwisselen is even gepauzeerd", "les échanges sont suspendus pour le moment", "המימוש מושהה כרגע"),
        "redeeming starts when the programme opens":
            ("inwisselen kan zodra het programma start", "les échanges commencent à l'ouverture du programme", "אפשר לממש מרגע שהמועדון נפתח"),
        "issued": ("uitgegeven", "émis", "הונפק"),
        "used": ("gebruikt", "utilisé", "נוצל"),
        "voided": ("ongeldig", "annulé", "בוטל"),
        "expired": ("verlopen", "expiré", "פג תוקף"),

        // What rewards and coupons give, and the names of rewards the owner did not name.
        "{percent}% off": ("{percent}% korting", "{percent} % de réduction", "{percent}% הנחה"),
        "{amount} off": ("{amount} korting", "{amount} de réduction", "{amount} הנחה"),
        "Free shipping": ("Gratis verzending", "Livraison gratuite", "משלוח חינם"),
        "A free product": ("Een gratis product", "Un produit offert", "מוצר במתנה"),
        "A product at {amount}": ("Een product voor {amount}", "Un produit à {amount}", "מוצר ב-{amount}"),
        "Money off your order": ("Korting op je bestelling", "Une réduction sur votre commande", "הנחה על ההזמנה"),
        "Money off with {points_name}": ("Korting met {points_name}", "Réduction avec vos {points_name}", "הנחה עם {points_name}"),
        "{gives} for {points}": ("{gives} voor {points}", "{gives} pour {points}", "{gives} תמורת {points}"),
        "{points} = {amount} off your order":
            ("{points} = {amount} korting op je bestelling", "{points} = {amount} de réduction sur votre commande", "{points} = {amount} הנחה על ההזמנה"),
        "{points} = {amount} off your order ({about})":
            ("{points} = {amount} korting op je bestelling ({about})", "{points} = {amount} de réduction sur votre commande ({about})",
             "{points} = {amount} הנחה על ההזמנה ({about})"),
        "on orders of {amount} or more": ("bij bestellingen vanaf {amount}", "pour les commandes de {amount} ou plus", "בהזמנות של {amount} ומעלה"),
        "for {tier} members and above": ("voor leden met niveau {tier} of hoger", "pour les membres {tier} et plus", "לחברי רמת {tier} ומעלה"),
        "at least {points} at a time": ("minstens {points} per keer", "au moins {points} à la fois", "לפחות {points} בכל פעם"),
        "at most {amount} off an order": ("hoogstens {amount} korting per bestelling", "au plus {amount} de réduction par commande", "עד {amount} הנחה להזמנה"),
        "at most {percent}% of the order": ("hoogstens {percent}% van de bestelling", "au plus {percent} % de la commande", "עד {percent}% מההזמנה"),

        // The names of ways to earn the owner did not name, as the programme page lists them.
        "Sign up": ("Aanmelden", "Devenir membre du site", "הרשמה לאתר"),
        "Place an order": ("Een bestelling plaatsen", "Passer une commande", "ביצוע הזמנה"),
        "Book a service": ("Een dienst boeken", "Réserver une séance", "הזמנת שירות"),
        "Buy an event ticket": ("Een evenementticket kopen", "Acheter un billet", "קניית כרטיס לאירוע"),
        "RSVP to an event": ("Reageren op een evenement", "Répondre à un événement", "אישור הגעה לאירוע"),
        "Subscribe to newsletter": ("Inschrijven voor de nieuwsbrief", "S'inscrire à la newsletter", "הרשמה לניוזלטר"),
        "Write a review": ("Een review schrijven", "Écrire un avis", "כתיבת ביקורת"),
        "Birthday": ("Verjaardag", "Anniversaire", "יום הולדת"),
        "Refer a friend": ("Een vriend doorverwijzen", "Parrainer un ami", "הפניית חבר"),
        "Custom action": ("Aangepaste actie", "Action personnalisée", "פעולה מותאמת"),

        // E-mails.
        "a reward": ("een beloning", "une récompense", "הטבה"),
    ]
}
