import Foundation
import LoyaltyCore

extension Transaction {
    /// The shop the programme is connected to, or nil.
    public func shopConnection() throws -> ShopConnection? {
        try db.one("""
            SELECT platform, address, connected_at, connected_by, last_webhook_at, last_sync_at, last_error, last_error_at
            FROM shop_connection WHERE id = 1
            """) { row in
            ShopConnection(platform: ShopPlatform(rawValue: row.text(0)) ?? .woocommerce, address: row.text(1),
                           connectedAt: Date(unixSeconds: row.int(2)), connectedBy: row.text(3),
                           lastWebhookAt: row.optionalInt(4).map(Date.init(unixSeconds:)), lastSyncAt: row.optionalInt(5).map(Date.init(unixSeconds:)),
                           lastError: row.optionalText(6), lastErrorAt: row.optionalInt(7).map(Date.init(unixSeconds:)))
        }
    }

    /// Records the last error of the connection (a delivery that could not be applied), if there is one.
    func recordShopError(_ text: String) throws {
        try db.run("UPDATE shop_connection SET last_error = ?, last_error_at = ? WHERE id = 1", [String(text.prefix(500)), nowSeconds])
    }
}

extension Store {
    /// The shop the programme is connected to, or nil.
    public func shopConnection() throws -> ShopConnection? {
        try read { try $0.shopConnection() }
    }

    /// Refuses anyone but an owner: only owners see or change the shop connection.
    public func requireOwner() throws {
        guard role == .owner else { throw LoyaltyError.shop(.ownersOnly(user: actor, role: role.rawValue)) }
    }

    /// Connects the programme to the shop at `address` (owners only): the connection goes into the
    /// database (audited, without a secret), the credentials into their own private file
    /// (`ShopCredentialsFile`). Refused while another shop is connected.
    @discardableResult
    public func connectShop(_ platform: ShopPlatform, address: String, credentials: ShopCredentials) throws -> ShopConnection {
        guard path != ":memory:" else { throw LoyaltyError.shop(.credentialsUnreadable(path: path, reason: "a database in memory has no file beside it")) }
        try requireOwner()
        return try write(.programme) { tx in
            if let connected = try tx.shopConnection() { throw LoyaltyError.shop(.alreadyConnected(title: connected.title)) }
            try tx.db.run("INSERT INTO shop_connection(id, platform, address, connected_at, connected_by) VALUES (1, ?, ?, ?, ?)",
                          [platform.rawValue, address, tx.nowSeconds, actor])
            let connection = ShopConnection(platform: platform, address: address, connectedAt: Date(unixSeconds: tx.nowSeconds), connectedBy: actor)
            try tx.audit("shop.connect", connection.title, after: "credentials: \(ShopCredentials.names(for: platform).joined(separator: ", ")) (not shown)")
            try ShopCredentialsFile.write(credentials, besideDatabase: path)
            return connection
        }
    }

    /// Disconnects the shop (owners only): the connection and its credentials are forgotten.
    @discardableResult
    public func disconnectShop() throws -> ShopConnection {
        try requireOwner()
        return try write(.programme) { tx in
            guard let connected = try tx.shopConnection() else { throw LoyaltyError.shop(.notConnected) }
            try tx.db.run("DELETE FROM shop_connection WHERE id = 1")
            try tx.db.run("DELETE FROM shop_sync")  // another shop's sync starts from its beginning
            try tx.audit("shop.disconnect", connected.title)
            ShopCredentialsFile.remove(besideDatabase: path)
            return connected
        }
    }

    /// Keeps `text` as the connection's last error (a webhook delivery refused before it was read).
    public func recordShopError(_ text: String) throws {
        try write(.membersAndPoints) { tx in try tx.recordShopError(text) }
    }

    /// The credentials of the connected shop, from their private file.
    public func shopCredentials() throws -> ShopCredentials {
        try ShopCredentialsFile.read(besideDatabase: path)
    }
}
