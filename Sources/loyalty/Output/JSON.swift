import Foundation
import Terminal

/// A JSON document as built by the commands: dictionaries with snake_case keys, arrays, strings, numbers, booleans.
typealias JSONObject = [String: Any]

/// Prints JSON documents: compact, keys sorted, one document per line and per command.
enum JSON {
    /// Prints `document`; characters a terminal would act on (DEL, C1 controls, bidi overrides,
    /// which JSONSerialization leaves raw) are written as `\u` escapes, so the data is unchanged.
    static func print(_ document: Any) throws {
        let data = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        Console.outData(String(decoding: data, as: UTF8.self).jsonEscapingUnsafe)
    }

    /// `value`, or JSON null when absent.
    static func orNull(_ value: Any?) -> Any { value ?? NSNull() }
}
