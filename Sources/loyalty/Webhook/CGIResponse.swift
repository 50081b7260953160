import Foundation

/// The answer of a CGI program (RFC 3875, section 6): a `Status` header, the content type, a blank
/// line, then the body; the web server turns it into the HTTP response.
struct CGIResponse: Equatable {
    let status: Int
    let reason: String
    /// One or two lines for whoever sent the request (the shop shows them in its delivery log).
    let body: String
    var headers: [(String, String)] = []

    static func == (a: CGIResponse, b: CGIResponse) -> Bool { (a.status, a.reason, a.body) == (b.status, b.reason, b.body) }

    static func ok(_ body: String) -> CGIResponse { CGIResponse(status: 200, reason: "OK", body: body) }

    /// The response as the web server reads it from standard output.
    var text: String {
        let lines = ["Status: \(status) \(reason)", "Content-Type: text/plain; charset=utf-8"] + headers.map { "\($0.0): \($0.1)" }
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + body + "\n"
    }

    func write() {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
