import Foundation

/// A name and an address, e.g. `Café Zoë <shop@example.com>`.
public struct MailAddress: Equatable, Sendable {
    public var name: String
    public var address: String

    public init(name: String, address: String) {
        self.name = name
        self.address = address
    }

    /// The address as a header writes it: the name as a phrase (quoted, or RFC 2047-encoded when it is
    /// not ASCII or holds characters that separate addresses) before `<address>`; the bare address when
    /// there is no name. Whatever the values, this is one address: an address `MemberDetails.validateEmail`
    /// would refuse (stored before it was this strict) loses every character that could end it or
    /// start another (`< > , ; : " ( ) [ ] \`, spaces, controls), so the message cannot reach anyone else.
    public var header: String {
        let name = self.name.filter { !$0.isNewline && !($0.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) }.trimmingWhitespace()
        let address = (try? MemberDetails.validateEmail(self.address))
            ?? String(self.address.unicodeScalars.filter { !"<>,;:\"()[]\\".unicodeScalars.contains($0) && StoredText.isAcceptable(String($0))
                && !$0.properties.isWhitespace }.map(Character.init))
        guard !name.isEmpty else { return address }
        return "\(MIME.phrase(name)) <\(address)>"
    }
}

/// One e-mail as RFC 5322 text with MIME headers, ready for a sendmail-compatible command's stdin.
public struct MailMessage: Equatable, Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    /// Plain text; line breaks are "\n".
    public var body: String
    public var date: Date
    /// Without angle brackets, e.g. "loyalty.17.1741953600@example.com".
    public var messageID: String

    public init(from: MailAddress, to: MailAddress, subject: String, body: String, date: Date, messageID: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID
    }

    /// The whole message with "\n" line ends, as the sendmail interface takes it. The body is sent as
    /// 7bit when it is ASCII with short lines, else quoted-printable (safe through any relay, unlike
    /// 8bit, which needs 8BITMIME on every hop).
    public func rendered(timeZone: TimeZone = .current) -> String {
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let plain = lines.utf8.allSatisfy { $0 < 128 } && lines.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 998 }
        var text = lines
        if !text.hasSuffix("\n") { text += "\n" }
        let headers = [
            "From: \(from.header)",
            "To: \(to.header)",
            MIME.header("Subject", subject),
            "Date: \(MIME.date(date, timeZone: timeZone))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: \(plain ? "7bit" : "quoted-printable")",
            "Auto-Submitted: auto-generated",
        ]
        return headers.joined(separator: "\n") + "\n\n" + (plain ? text : MIME.quotedPrintable(text))
    }
}

/// The encodings of RFC 2045 (quoted-printable) and RFC 2047 (encoded words), and the RFC 5322 date.
public enum MIME {
    /// `Name: value`, the value as is when it is printable ASCII (folded at spaces past 78 columns),
    /// else as UTF-8 encoded words of at most 75 characters, one per folded line.
    public static func header(_ name: String, _ value: String) -> String {
        let clean = value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard needsEncoding(clean) else { return fold("\(name): \(clean)") }
        return "\(name): " + encodedWords(clean).joined(separator: "\n ")
    }

    /// A display name: as is when it is only letters, digits and spaces (and the like), quoted when it
    /// has a `.`, encoded when it is not ASCII or holds a character that separates or quotes addresses
    /// (`@ , ; : < > " \ ( ) [ ]`): no reader of the header can then take part of a name for an address.
    public static func phrase(_ text: String) -> String {
        if needsEncoding(text) || text.contains(where: { "@,;:<>\"\\()[]".contains($0) }) { return encodedWords(text).joined(separator: " ") }
        let atext = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")
        if text.unicodeScalars.allSatisfy(atext.contains) { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Text that cannot go into a header as it is: not printable ASCII, or looking like an encoded word.
    static func needsEncoding(_ text: String) -> Bool {
        text.utf8.contains { $0 < 32 || $0 > 126 } || text.contains("=?")
    }

    /// `=?UTF-8?B?…?=` words of at most 75 characters, never splitting a character.
    public static func encodedWords(_ text: String) -> [String] {
        var words: [String] = [], chunk: [UInt8] = []
        func flush() {
            if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
            chunk = []
        }
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 { flush() }   // 45 bytes → 60 base64 characters + 12 = 72
            chunk += bytes
        }
        flush()
        return words
    }

    /// Folds a header line at spaces so that lines stay within 78 characters where a space allows.
    static func fold(_ line: String) -> String {
        var lines: [String] = [], rest = Substring(line)
        while rest.count > 78, let space = rest.prefix(78).lastIndex(of: " "), space > rest.startIndex,
              rest[rest.startIndex..<space].contains(where: { $0 != " " }) {
            lines.append(String(rest[..<space]))
            rest = rest[space...]
        }
        lines.append(String(rest))
        return lines.joined(separator: "\n")
    }

    /// Quoted-printable (RFC 2045 §6.7) of UTF-8 text with "\n" line breaks: lines of at most 76
    /// characters (soft breaks end in `=`), `=` and bytes outside printable ASCII as `=XX`, and a
    /// space or tab at the end of a line encoded so no relay can strip it.
    public static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var output: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var current = ""
            for (index, byte) in bytes.enumerated() {
                let last = index == bytes.count - 1
                let token: String
                if (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !last) {
                    token = String(UnicodeScalar(byte))
                } else {
                    token = "=" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
                }
                if current.count + token.count > 75 {
                    output.append(current + "=")
                    current = ""
                }
                current += token
            }
            output.append(current)
        }
        return output.joined(separator: "\n")
    }

    /// An RFC 5322 date, e.g. "Fri, 14 Mar 2025 12:00:00 +0000".
    public static func date(_ date: Date, timeZone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
