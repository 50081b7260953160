import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty shop connect|status|disconnect`: the shop whose orders arrive by themselves (owners only).
enum ShopCommands {
    static var command: Command {
        Command(name: "shop", summary: "connect the shop whose orders arrive by themselves: connect, status, disconnect (owners)",
                details: """
                    Connect the programme to one WooCommerce or Shopify shop; its webhooks then
                    deliver orders to `loyalty webhook` (run by your web server, see `loyalty
                    help webhook`), which applies them exactly as `loyalty import` would, and
                    `loyalty sync` (from cron) reads what they missed.

                    The credentials (WooCommerce: the REST API consumer key and secret and the
                    webhooks' secret; Shopify: the custom app's Admin API access token and its API
                    secret key, which signs the webhooks) are asked on the terminal without echo, or
                    read from standard input or --credentials-file as NAME=VALUE lines. They never go
                    on a command line, in a log, the audit log, a backup or an export: they are
                    kept in DATABASE.shop-credentials beside the database, readable by its owner
                    only (0600), and `loyalty webhook` must run as that OS account. After a restore
                    or a move, connect again. Only owners may connect, see or disconnect the shop.
                    """,
                subcommands: [connect, status, disconnect])
    }

    static var connect: Command {
        Command(name: "connect", summary: "connect a WooCommerce or Shopify shop and keep its credentials (owners)", arguments: ["PLATFORM"],
                options: [Option("--url", "URL", "the WooCommerce site's https address"),
                          Option("--store", "NAME", "the Shopify store's name (NAME.myshopify.com)"),
                          Option("--credentials-file", "FILE", "read NAME=VALUE lines from FILE, which must be private (chmod 600)")],
                details: """
                    PLATFORM is woocommerce (with --url) or shopify (with --store). Without
                    --credentials-file the credentials are asked for on the terminal (not shown as
                    typed), or read from standard input when it is not a terminal, as lines:
                      woocommerce: consumer_key=ck_…  consumer_secret=cs_…  webhook_secret=…
                      shopify:     access_token=shpat_…  webhook_secret=…
                    """,
                examples: ["loyalty shop connect woocommerce --url https://shop.example",
                           "loyalty shop connect shopify --store zoes-cafe --credentials-file ~/shopify.secrets"]) { invocation in
            let platform = try invocation.choice(invocation.argument(0), "PLATFORM", as: ShopPlatform.self)
            let words = invocation.words
            let address: String
            do {
                switch platform {
                case .woocommerce:
                    guard invocation.string("--store") == nil else { throw invocation.usage(words.text("--store is for shopify; a WooCommerce shop is named by --url")) }
                    address = try ShopConnection.wooCommerceAddress(invocation.required("--url"))
                case .shopify:
                    guard invocation.string("--url") == nil else { throw invocation.usage(words.text("--url is for woocommerce; a Shopify shop is named by --store")) }
                    address = try ShopConnection.shopifyAddress(invocation.required("--store"))
                }
            } catch let error as LoyaltyError {
                throw invocation.usage(CommandHints.wording(error, words))
            }
            let store = try invocation.openStore()
            try store.requireOwner()
            if let connected = try store.shopConnection() { throw LoyaltyError.shop(.alreadyConnected(title: connected.title)) }
            let credentials = try ShopCredentialsInput.read(platform, file: invocation.string("--credentials-file"), words: words)
            let connection = try store.connectShop(platform, address: address, credentials: credentials)
            Console.out(words.text("Connected to {shop}. Credentials kept in {path} (0600).",
                                   ["shop": .text(connection.title), "path": .text(ShopCredentialsFile.path(besideDatabase: store.path))]))
            Console.out(words.text("Point the shop's order webhooks at `loyalty webhook` on your web server (see `loyalty help webhook`)."))
        }
    }

    static var status: Command {
        Command(name: "status", summary: "the connected shop, its last webhook and sync, and the last error (owners)", options: [.json],
                examples: ["loyalty shop status"]) { invocation in
            let store = try invocation.openStore()
            try store.requireOwner()
            guard let shop = try store.shopConnection() else { throw LoyaltyError.shop(.notConnected) }
            let credentialsFile = ShopCredentialsFile.path(besideDatabase: store.path)
            let credentials = Result { try store.shopCredentials() }
            let backlog = try store.couponPushBacklog()
            if invocation.json {
                return try JSON.print([
                    "platform": shop.platform.rawValue, "address": shop.address,
                    "connected_at": Formats.jsonDate(shop.connectedAt), "connected_by": shop.connectedBy,
                    "credentials_file": credentialsFile, "credentials_readable": (try? credentials.get()) != nil,
                    "last_webhook_at": JSON.orNull(shop.lastWebhookAt.map(Formats.jsonDate)),
                    "last_sync_at": JSON.orNull(shop.lastSyncAt.map(Formats.jsonDate)),
                    "synced_orders": try store.syncedItems(.orders), "synced_customers": try store.syncedItems(.customers),
                    "queued": backlog.waiting,
                    "last_error": JSON.orNull(shop.lastError), "last_error_at": JSON.orNull(shop.lastErrorAt.map(Formats.jsonDate)),
                ] as JSONObject)
            }
            let words = invocation.words
            var credentialsLine = words.text("{path} (not shown)", ["path": .text(credentialsFile)])
            if case .failure(let error) = credentials {
                credentialsLine = (error as? LoyaltyError).map { CommandHints.wording($0, words) } ?? "\(error)"
            }
            let orders = Int64(try store.syncedItems(.orders)), customers = Int64(try store.syncedItems(.customers))
            let read = words.text("`loyalty sync` has read {orders} and {customers} in all, counting those read again", [
                "orders": .text(words.plural("{count} order", "{count} orders", count: orders)),
                "customers": .text(words.plural("{count} customer", "{count} customers", count: customers))])
            let queued = backlog.waiting == 0 ? words.text("nothing")
                : words.plural("{count} coupon for the shop (the next sync pushes it)", "{count} coupons for the shop (the next sync pushes them)",
                               count: Int64(backlog.waiting))
            // The last error is kept as it was worded when it happened (the web server's run of `loyalty webhook` has no operator).
            let lastError = shop.lastError.map { "\($0) (\(shop.lastErrorAt.map(Formats.date) ?? "?"))" } ?? words.text("none")
            printFields([
                (words.text("Shop"), shop.title),
                (words.text("Connected"), words.text("{date} by {user}", ["date": .text(Formats.date(shop.connectedAt)), "user": .text(shop.connectedBy)])),
                (words.text("Credentials"), credentialsLine),
                (words.text("Last webhook"), shop.lastWebhookAt.map(Formats.date) ?? words.text("none yet")),
                (words.text("Last sync"), (shop.lastSyncAt.map(Formats.date) ?? words.text("never")) + " (" + read + ")"),
                (words.text("Queued"), queued),
                (words.text("Last error"), lastError),
            ])
        }
    }

    static var disconnect: Command {
        Command(name: "disconnect", summary: "forget the shop and its credentials (owners)", examples: ["loyalty shop disconnect"]) { invocation in
            let store = try invocation.openStore()
            let shop = try store.disconnectShop()
            Console.out(invocation.words.text("Disconnected {shop}; its credentials are deleted. Remove its webhooks in the shop too.", ["shop": .text(shop.title)]))
        }
    }
}
