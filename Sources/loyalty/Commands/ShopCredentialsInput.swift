import Foundation
import LoyaltyCore
import LoyaltyStore

/// Where `loyalty shop connect` reads the credentials from: a private file, the terminal (typed
/// without echo), or standard input; never the command line, where `ps` would show them.
enum ShopCredentialsInput {
    static func read(_ platform: ShopPlatform, file: String?) throws -> ShopCredentials {
        if let file {
            return try ShopCredentials.parse(ShopCredentialsFile.readPrivate(file), platform: platform, source: file)
        }
        if isatty(STDIN_FILENO) == 1 { return try ask(platform) }
        let data = FileHandle.standardInput.readData(ofLength: 65_537)
        guard data.count <= 65_536, let text = String(data: data, encoding: .utf8) else {
            throw LoyaltyError.shop(.credentialsUnreadable(path: "standard input", reason: "not NAME=VALUE lines of UTF-8 text under 64 KiB"))
        }
        return try ShopCredentials.parse(text, platform: platform, source: "standard input")
    }

    /// Asks for each credential on the terminal, echo off while it is typed.
    private static func ask(_ platform: ShopPlatform) throws -> ShopCredentials {
        var values: [String: String] = [:]
        for name in ShopCredentials.names(for: platform) {
            FileHandle.standardError.write(Data("\(ShopCredentials.prompt(for: name, platform: platform)): ".utf8))
            values[name] = readWithoutEcho()?.trimmingWhitespace() ?? ""
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return try ShopCredentials(platform: platform, values: values)
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
