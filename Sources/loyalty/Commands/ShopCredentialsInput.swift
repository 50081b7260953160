import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// Where `loyalty shop connect` reads the credentials from: a private file, the terminal (typed
/// without echo), or standard input; never the command line, where `ps` would show them.
enum ShopCredentialsInput {
    static func read(_ platform: ShopPlatform, file: String?, words: Localizer) throws -> ShopCredentials {
        if let file {
            return try ShopCredentials.parse(ShopCredentialsFile.readPrivate(file), platform: platform, source: file)
        }
        if isatty(STDIN_FILENO) == 1 { return try ask(platform, words) }
        let data = FileHandle.standardInput.readData(ofLength: 65_537)
        let standardInput = words.text("standard input")
        guard data.count <= 65_536, let text = String(data: data, encoding: .utf8) else {
            throw LoyaltyError.shop(.credentialsUnreadable(path: standardInput, reason: words.text("not NAME=VALUE lines of UTF-8 text under 64 KiB")))
        }
        return try ShopCredentials.parse(text, platform: platform, source: standardInput)
    }

    /// Asks for each credential on the terminal, echo off while it is typed.
    private static func ask(_ platform: ShopPlatform, _ words: Localizer) throws -> ShopCredentials {
        var values: [String: String] = [:]
        for name in ShopCredentials.names(for: platform) {
            FileHandle.standardError.write(Data(words.text("{credential}: ", ["credential": .text(prompt(for: name, platform: platform, words))]).utf8))
            values[name] = readWithoutEcho()?.trimmingWhitespace() ?? ""
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return try ShopCredentials(platform: platform, values: values)
    }

    /// What each credential is, for the prompt that asks for it.
    private static func prompt(for name: String, platform: ShopPlatform, _ words: Localizer) -> String {
        switch (platform, name) {
        case (.woocommerce, "consumer_key"): return words.text("WooCommerce REST API consumer key (ck_…)")
        case (.woocommerce, "consumer_secret"): return words.text("WooCommerce REST API consumer secret (cs_…)")
        case (.woocommerce, "webhook_secret"): return words.text("Secret of the WooCommerce webhooks")
        case (.shopify, "access_token"): return words.text("Shopify Admin API access token (shpat_…)")
        case (.shopify, "webhook_secret"): return words.text("Shopify app's API secret key (signs the webhooks)")
        default: return name
        }
    }

    private static func readWithoutEcho() -> String? {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return readLine() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
        return readLine()
    }
}
