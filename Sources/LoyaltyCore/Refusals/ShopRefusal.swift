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

    public var category: RefusalCategory {
        switch self {
        case .notAShopURL, .notAShopifyStore, .missingCredential, .badCredential, .unknownCredential: return .invalid
        case .ownersOnly, .alreadyConnected, .credentialsOpenToOthers, .credentialsUnreadable: return .refused
        case .notConnected: return .notFound
        }
    }
}
