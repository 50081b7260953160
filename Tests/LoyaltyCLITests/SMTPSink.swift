import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal SMTP server on 127.0.0.1 (a free port) that accepts every message and keeps it:
/// enough of RFC 5321 for msmtp (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), no TLS, no auth.
final class SMTPSink: @unchecked Sendable {
    struct Received: Sendable {
        let from: String
        let recipients: [String]
        /// The message as transmitted, dot-unstuffed, lines joined with "\n".
        let data: String
    }

    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var received: [Received] = []

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound, listen(fd, 8) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { shutdown(listener, Int32(SHUT_RDWR)); close(listener) }

    var messages: [Received] { lock.withLock { received } }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            serve(client)
            close(client)
        }
    }

    private func send(_ client: Int32, _ line: String) {
        let bytes = Array((line + "\r\n").utf8)
        _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
    }

    private func serve(_ client: Int32) {
        send(client, "220 sink.test ESMTP")
        var buffer: [UInt8] = [], from = "", recipients: [String] = [], data: [String]? = nil
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(client, &chunk, chunk.count)
            guard count > 0 else { return }
            buffer += chunk[0..<count]
            while let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var lineBytes = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                if lineBytes.last == UInt8(ascii: "\r") { lineBytes.removeLast() }
                let line = String(decoding: lineBytes, as: UTF8.self)
                if var lines = data {
                    if line == "." {
                        let message = Received(from: from, recipients: recipients, data: lines.joined(separator: "\n"))
                        lock.withLock { received.append(message) }
                        data = nil
                        send(client, "250 2.0.0 queued")
                    } else {
                        lines.append(line.hasPrefix(".") ? String(line.dropFirst()) : line)
                        data = lines
                    }
                    continue
                }
                let verb = line.prefix(4).uppercased()
                switch verb {
                case "EHLO": send(client, "250-sink.test"); send(client, "250 8BITMIME")
                case "HELO": send(client, "250 sink.test")
                case "MAIL": from = line; recipients = []; send(client, "250 2.1.0 ok")
                case "RCPT": recipients.append(String(line.dropFirst(8))); send(client, "250 2.1.5 ok")
                case "DATA": data = []; send(client, "354 end with .")
                case "QUIT": send(client, "221 2.0.0 bye"); return
                default: send(client, "250 ok")
                }
            }
        }
    }
}

/// Reading back a received message: unfolded headers, RFC 2047 words and a quoted-printable body decoded.
enum ReceivedMail {
    static func headers(_ data: String) -> [String: String] {
        let head = data.components(separatedBy: "\n\n").first ?? ""
        var result: [String: String] = [:], lastName = ""
        for line in head.components(separatedBy: "\n") {
            if line.hasPrefix(" ") || line.hasPrefix("\t") { result[lastName, default: ""] += line; continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            lastName = String(line[..<colon]).lowercased()
            result[lastName] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// Decodes `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words; whitespace between two words is dropped (RFC 2047 §6.2).
    static func decodeWords(_ text: String) -> String {
        let pattern = try! NSRegularExpression(pattern: "=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=(\\s+(?==\\?))?")
        var result = text
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            let encoding = String(text[Range(match.range(at: 2), in: text)!]).uppercased()
            let payload = String(text[Range(match.range(at: 3), in: text)!])
            let bytes: [UInt8] = encoding == "B" ? Array(Data(base64Encoded: payload) ?? Data())
                : Array(quotedPrintable(payload.replacingOccurrences(of: "_", with: " ")).utf8)
            result.replaceSubrange(Range(match.range, in: result)!, with: String(decoding: bytes, as: UTF8.self))
        }
        return result
    }

    static func body(_ data: String) -> String {
        let parts = data.components(separatedBy: "\n\n")
        let body = parts.dropFirst().joined(separator: "\n\n")
        return headers(data)["content-transfer-encoding"]?.lowercased() == "quoted-printable" ? quotedPrintable(body) : body
    }

    static func quotedPrintable(_ text: String) -> String {
        let bytes = Array(text.replacingOccurrences(of: "=\n", with: "").utf8)
        var out: [UInt8] = [], index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "="), index + 2 < bytes.count,
               let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16) {
                out.append(value)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
