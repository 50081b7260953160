/// Which language the operator reads, from `--lang` or the environment, as gettext chooses the
/// language of messages but without asking the C library: Loyalty's catalogs are its own, so a
/// forwarded `LANG=nl_BE.UTF-8` works on a server that has only the C.UTF-8 locale installed.
///
/// The rules (GNU gettext manual, "Locale Environment Variables" and "The LANGUAGE variable"):
/// the locale of messages is the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`. If it is the
/// C locale (unset, `C`, `POSIX`, or `C.<encoding>` such as C.UTF-8) messages are English and
/// `LANGUAGE` is ignored. Otherwise `LANGUAGE`, a colon-separated priority list (`fr:nl`, entries
/// such as `nl_BE` or just `nl`), wins: its first language Loyalty speaks is used; when it names
/// none (or is empty) the locale's language is used; a language Loyalty does not speak is English.
public enum LanguageChoice {
    /// `--lang` when given (en, nl, fr or he; refused otherwise), else the environment's.
    public static func resolve(option: String?, environment: [String: String]) throws(UnknownLanguage) -> Language {
        guard let option else { return fromEnvironment(environment) }
        guard let language = Language(rawValue: option.lowercased()) else { throw UnknownLanguage(text: option) }
        return language
    }

    /// The language the environment asks for, by the rules above.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale, !isCLocale(locale) else { return .english }
        let priorities = (environment["LANGUAGE"] ?? "").split(separator: ":").compactMap { Language(localeName: String($0)) }
        return priorities.first ?? Language(localeName: locale) ?? .english
    }

    /// C, POSIX, or the C locale in an encoding ("C.UTF-8", "C.utf8").
    static func isCLocale(_ name: String) -> Bool {
        name == "C" || name == "POSIX" || name.hasPrefix("C.") || name.hasPrefix("C@")
    }
}

/// `--lang` named a language Loyalty does not speak.
public struct UnknownLanguage: Error, Equatable {
    public let text: String

    /// The refusal, in English: no language could be chosen.
    public var message: String {
        "--lang \"\(text)\" is not a language Loyalty speaks; choose one of: \(Language.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}
