/// Refusals of connecting the programme to a shop, and of its credentials.
public enum ShopRefusal: Refusal, Equatable {
    /// A WooCommerce address that is not an https URL of a site.
    case notAShopURL(text: String)
    /// A Shopify store name that is not one.
    case notAShopifyStore(text: String)
    /// Someone other than an owner asked to see or change the shop connection (who, and their role).
    case ownersOnly(user: String, role: String)
    /// No shop is connected.
    case notConnected
    /// A shop is connected already (its title).
    case alreadyConnected(title: String)
    /// A credential the platform needs was not given (its name, e.g. "consumer_secret").
    case missingCredential(name: String)
    /// A credential given is not one: empty, too long, or with spaces or control characters.
    case badCredential(name: String)
    /// A line of credentials that does not name one the platform uses (where, and the names it uses).
    case unknownCredential(place: String, names: [String])
    /// A file of credentials that others may read or write (its path and mode, e.g. "644").
    case credentialsOpenToOthers(path: String, mode: String)
    /// A file of credentials that cannot be read (why).
    case credentialsUnreadable(path: String, reason: String)
    /// The shop refused the stored credentials (its title, and 401 or 403): revoked, or without read access.
    case credentialsRefused(title: String, status: Int)
    /// The shop kept answering "busy" or "failed" (429, 5xx) through every retry (its title, the last status, how many tries).
    case shopUnavailable(title: String, status: Int, attempts: Int)
    /// The shop could not be reached or did not answer in time (the client's reason, which names the address).
    case shopUnreachable(reason: String)
    /// The shop cannot be asked at all: plain http:// to another machine, or an address that is not one (the client's reason).
    case cannotAskShop(reason: String)
    /// The shop answered something its API does not document for this request (its title, the status, and what it said or why it is wrong).
    case unexpectedAnswer(title: String, status: Int, detail: String)

    public var category: RefusalCategory {
        switch self {
        case .notAShopURL, .notAShopifyStore, .missingCredential, .badCredential, .unknownCredential: return .invalid
        case .ownersOnly, .alreadyConnected, .credentialsOpenToOthers, .credentialsUnreadable, .credentialsRefused, .shopUnavailable,
             .shopUnreachable, .cannotAskShop, .unexpectedAnswer: return .refused
        case .notConnected: return .notFound
        }
    }
}
