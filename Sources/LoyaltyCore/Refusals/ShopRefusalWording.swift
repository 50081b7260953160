/// The English wording of refusals of shop connections.
extension ShopRefusal {
    public var sentence: Sentence {
        switch self {
        case .notAShopURL(let text):
            return Sentence("\"{text}\" is not the https address of a WooCommerce site; write it like https://shop.example", ["text": .text(text)])
        case .notAShopifyStore(let text):
            return Sentence("\"{text}\" is not a Shopify store name; write the name before .myshopify.com, like zoes-cafe", ["text": .text(text)])
        case .ownersOnly(let user, let role):
            return Sentence("{user} is {role}: only an owner may see or change the shop connection and its credentials; ask an owner",
                            ["user": .text(user), "role": .text(role)])
        case .notConnected: return Sentence("no shop is connected")
        case .alreadyConnected(let title):
            return Sentence("the programme is already connected to {title}; disconnect it first to connect another or change its credentials", ["title": .text(title)])
        case .missingCredential(let name): return Sentence("the credential {name} is missing", ["name": .text(name)])
        case .badCredential(let name):
            return Sentence("the credential {name} must be 1 to 256 printable characters without spaces", ["name": .text(name)])
        case .unknownCredential(let place, let names):
            return Sentence("{place} is not a credential; write NAME=VALUE lines, NAME one of {names}", ["place": .text(place), "names": .list(names)])
        case .credentialsOpenToOthers(let path, let mode):
            return Sentence("{path} holds secrets but others may read or change it (mode {mode}); make it private with chmod 600 {path}",
                            ["path": .text(path), "mode": .text(mode)])
        case .credentialsUnreadable(let path, let reason):
            return Sentence("cannot read the credentials in {path}: {reason}", ["path": .text(path), "reason": .text(reason)])
        case .credentialsRefused(let title, let status):
            return Sentence("the key was revoked or may not read orders ({title} refused it with HTTP {status}); connect the shop again with a new key",
                            ["title": .text(title), "status": .integer(Int64(status))])
        case .shopUnavailable(let title, let status, let attempts):
            return Sentence("the shop is busy or failing: {title} answered HTTP {status} to {attempts} tries in a row; what was read so far is applied, try again later",
                            ["title": .text(title), "status": .integer(Int64(status)), "attempts": .integer(Int64(attempts))])
        case .shopUnreachable(let reason):
            return Sentence("{reason}; what was read so far is applied, try again later", ["reason": .text(reason)])
        case .cannotAskShop(let reason): return Sentence("{reason}; nothing was read", ["reason": .text(reason)])
        case .unexpectedAnswer(let title, let status, let detail):
            return Sentence("{title} answered HTTP {status}, which is not what its API answers: {detail}; nothing more was read",
                            ["title": .text(title), "status": .integer(Int64(status)), "detail": .text(detail)])
        }
    }
}
