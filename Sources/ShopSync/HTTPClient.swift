import CCurl
import Foundation

/// A small HTTP(S) client over the system's libcurl: one request, one answer, synchronously.
///
/// ```swift
/// let client = HTTPClient()
/// let response = try client.send(HTTPRequest(url: "https://shop.example/wp-json/wc/v3/orders",
///                                            headers: [HTTPHeader("Authorization", "Basic …")]))
/// if response.status == 200 { … response.body … response.header("X-WP-TotalPages") … }
/// ```
///
/// - Any status is an answer (`HTTPResponse`); only no answer throws (`HTTPClientError`), worded
///   without the query, headers or body, so no credential reaches a message or a log.
/// - Plain `http://` is refused except to this machine (127.0.0.1 and the rest of 127/8, ::1,
///   localhost): credentials go over the network only encrypted, and certificates are verified.
/// - Redirects are not followed (an answer 3xx is returned as it is): credentials go only where the
///   caller sent them.
/// - Waits at most `connectTimeout` to connect and `timeout` for the whole exchange; reads at most
///   `maximumResponseBytes` of a body.
/// - Retries nothing: the caller decides (see `RetryPolicy`).
///
/// Safe to use from several threads: each `send` has its own libcurl handle.
public struct HTTPClient: Sendable {
    /// Seconds to wait for the whole exchange.
    public var timeout: Int
    /// Seconds to wait for the connection (and TLS handshake).
    public var connectTimeout: Int
    /// The largest body accepted; a larger one is `HTTPClientError.responseTooLarge`.
    public var maximumResponseBytes: Int

    public init(timeout: Int = 60, connectTimeout: Int = 15, maximumResponseBytes: Int = 64 << 20) {
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maximumResponseBytes = maximumResponseBytes
    }

    /// Sends `request` and waits for the answer.
    public func send(_ request: HTTPRequest) throws -> HTTPResponse {
        let address = HTTPClientError.safeAddress(request.url)
        try Self.check(request, address: address)
        Self.initialized.touch()
        guard let handle = loyalty_curl_easy_init() else { throw HTTPClientError.unreachable(address: address, reason: "libcurl (libcurl.so.4) could not be opened or started") }
        defer { loyalty_curl_easy_cleanup(handle) }
        var list: UnsafeMutablePointer<curl_slist>?
        defer { loyalty_curl_slist_free_all(list) }
        for header in request.headers { list = loyalty_curl_slist_append(list, "\(header.name): \(header.value)") }
        if request.body.isEmpty == false, !request.headers.contains(where: { $0.name.lowercased() == "expect" }) {
            list = loyalty_curl_slist_append(list, "Expect:")  // no 100-continue round trip
        }
        let received = Received(limit: maximumResponseBytes)
        let context = Unmanaged.passUnretained(received).toOpaque()
        let code: CURLcode = request.body.withUnsafeBytes { body in
            loyalty_curl_setopt_string(handle, CURLOPT_URL, request.url)
            loyalty_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
            loyalty_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
            loyalty_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
            loyalty_curl_setopt_long(handle, CURLOPT_TIMEOUT, timeout)
            loyalty_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT, connectTimeout)
            loyalty_curl_setopt_string(handle, CURLOPT_NOPROXY, "127.0.0.1,localhost,::1")
            loyalty_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
            loyalty_curl_setopt_string(handle, CURLOPT_USERAGENT, "loyalty (libcurl)")
            loyalty_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(list))
            loyalty_curl_setopt_callback(handle, CURLOPT_WRITEFUNCTION, { bytes, size, count, context in
                Unmanaged<Received>.fromOpaque(context!).takeUnretainedValue().body(bytes, size * count)
            })
            loyalty_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
            loyalty_curl_setopt_callback(handle, CURLOPT_HEADERFUNCTION, { bytes, size, count, context in
                Unmanaged<Received>.fromOpaque(context!).takeUnretainedValue().headerLine(bytes, size * count)
            })
            loyalty_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
            switch request.method {
            case "GET" where body.isEmpty: loyalty_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)
            case "HEAD": loyalty_curl_setopt_long(handle, CURLOPT_NOBODY, 1)
            default:
                if request.method != "POST" { loyalty_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method) }
                loyalty_curl_setopt_size(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                if let bytes = body.baseAddress, !body.isEmpty {
                    loyalty_curl_setopt_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: bytes))  // alive until perform returns
                } else {
                    loyalty_curl_setopt_string(handle, CURLOPT_COPYPOSTFIELDS, "")  // never NULL: libcurl would read standard input
                }
            }
            return loyalty_curl_easy_perform(handle)
        }
        switch code {
        case CURLE_OK: break
        case CURLE_OPERATION_TIMEDOUT: throw HTTPClientError.timedOut(address: address, seconds: timeout)
        case CURLE_WRITE_ERROR where received.overflowed: throw HTTPClientError.responseTooLarge(address: address, limit: maximumResponseBytes)
        default: throw HTTPClientError.unreachable(address: address, reason: String(cString: loyalty_curl_easy_strerror(code)))
        }
        var status = 0
        loyalty_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: received.headers, body: received.bytes)
    }

    /// Refuses what must not be sent: an address that is not absolute http(s), plain http to another
    /// machine, a header that would split into two.
    private static func check(_ request: HTTPRequest, address: String) throws {
        guard let url = URL(string: request.url), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            throw HTTPClientError.badRequest(address: address, reason: "not an absolute http(s) address")
        }
        switch scheme {
        case "https": break
        case "http": guard isLoopback(host) else { throw HTTPClientError.notHTTPS(address: address) }
        default: throw HTTPClientError.badRequest(address: address, reason: "only https:// is asked")
        }
        let method = request.method.unicodeScalars
        guard !method.isEmpty, method.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw HTTPClientError.badRequest(address: address, reason: "the method must be a word in capitals, like GET")
        }
        for header in request.headers {
            let broken = (header.name + header.value).unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" }
            guard !broken, !header.name.isEmpty, !header.name.contains(":") else {
                throw HTTPClientError.badRequest(address: address, reason: "the header \(header.name.prefix(40)) is not one line NAME: VALUE")
            }
        }
    }

    /// True for this machine's own addresses, which plain http may reach.
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        let ipv4 = parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        return host == "localhost" || host == "::1" || (ipv4 && parts[0] == "127")
    }

    /// libcurl's one-time global start, before the first handle.
    private static let initialized = GlobalStart()

    private final class GlobalStart: Sendable {
        init() { loyalty_curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }
        func touch() {}
    }
}

/// What one exchange has received so far (libcurl's callbacks fill it).
private final class Received {
    let limit: Int
    var bytes: [UInt8] = []
    var headers: [HTTPHeader] = []
    var overflowed = false

    init(limit: Int) { self.limit = limit }

    func body(_ data: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
        guard let data, count > 0 else { return 0 }
        guard bytes.count + count <= limit else { overflowed = true; return 0 }  // 0 stops the transfer
        data.withMemoryRebound(to: UInt8.self, capacity: count) { bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: count)) }
        return count
    }

    func headerLine(_ data: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
        guard let data, count > 0 else { return count }
        let line = data.withMemoryRebound(to: UInt8.self, capacity: count) { String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self) }
        if line.hasPrefix("HTTP/") { headers = []; return count }  // a new response (after 100 Continue, say)
        guard let colon = line.firstIndex(of: ":") else { return count }
        headers.append(HTTPHeader(String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                                  String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespacesAndNewlines)))
        return count
    }
}
