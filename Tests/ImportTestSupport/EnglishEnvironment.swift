import Foundation

/// The environment a test starts the `loyalty` binary with: `base` (the developer's own by default)
/// with the language of messages pinned to English, the C.UTF-8 locale, whatever the developer's
/// locale is. `LC_ALL`, `LC_MESSAGES` and `LANGUAGE` are removed (each would choose the language
/// before `LANG`), so a test that sets `LANG` itself still chooses the language.
public func englishEnvironment(_ base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
    var environment = base
    for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { environment[name] = nil }
    environment["LANG"] = "C.UTF-8"
    return environment
}

/// The same settings as arguments of `env(1)`, for a command started through another program
/// (`runuser`, `script`, tmux): `-u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C.UTF-8`.
public let englishEnvArguments = ["-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "LANGUAGE", "LANG=C.UTF-8"]
