import Foundation
import ShopSync
import ShopStandInSupport
import XCTest

/// The HTTP client over libcurl: answers of any status with their headers, plain http only to this
/// machine, time limits, and no credential in any error.
final class HTTPClientTests: XCTestCase {
    func testItSendsTheHeadersAndReturnsStatusHeadersAndBody() throws {
        let shop = try ShopStandIn(.woocommerce, orders: 3)
        let basic = "Basic " + Data("\(ShopStandIn.wooKey):\(ShopStandIn.wooSecret)".utf8).base64EncodedString()
        let url = "\(shop.address)/wp-json/wc/v3/orders?orderby=modified&order=asc&per_page=2&page=1"
        let response = try HTTPClient().send(HTTPRequest(url: url, headers: [HTTPHeader("Authorization", basic)]))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("x-wp-totalpages"), "2", "headers are found whatever their case")
        XCTAssertEqual(response.header("X-WP-Total"), "3")
        let orders = try JSONSerialization.jsonObject(with: Data(response.body)) as? [[String: Any]]
        XCTAssertEqual(orders?.map { $0["id"] as? Int }, [1001, 1002])

        let refused = try HTTPClient().send(HTTPRequest(url: url, headers: [HTTPHeader("Authorization", "Basic d3Jvbmc6a2V5")]))
        XCTAssertEqual(refused.status, 401, "a status that is not 2xx is an answer, not an error")
        XCTAssertTrue(String(decoding: refused.body, as: UTF8.self).contains("woocommerce_rest_cannot_view"))
    }

    func testPlainHTTPToAnotherMachineIsRefusedBeforeAnythingIsSent() {
        XCTAssertThrowsError(try HTTPClient().send(HTTPRequest(url: "http://shop.example/wp-json/wc/v3/orders?consumer_secret=cs_live_81d0e4"))) { error in
            XCTAssertEqual(error as? HTTPClientError, .notHTTPS(address: "http://shop.example/wp-json/wc/v3/orders"))
            XCTAssertFalse("\(error)".contains("cs_live"), "the query is not shown: it may hold a key")
            XCTAssertTrue("\(error)".contains("must start with https://"), "\(error)")
        }
        XCTAssertTrue(HTTPClient.isLoopback("127.0.0.1") && HTTPClient.isLoopback("[::1]") && HTTPClient.isLoopback("localhost"))
        XCTAssertFalse(HTTPClient.isLoopback("127.shop.example"), "a name that starts like a loopback address is not one")
        XCTAssertThrowsError(try HTTPClient().send(HTTPRequest(url: "http://127.shop.example/"))) { error in
            XCTAssertEqual(error as? HTTPClientError, .notHTTPS(address: "http://127.shop.example/"))
        }
    }

    func testAServerThatNeverAnswersTimesOutWithoutShowingCredentials() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } }
        listen(listener, 1)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let started = Date()
        let request = HTTPRequest(url: "http://user:pw_secret@127.0.0.1:\(port)/orders?token=shpat_secret",
                                  headers: [HTTPHeader("X-Shopify-Access-Token", "shpat_secret")])
        XCTAssertThrowsError(try HTTPClient(timeout: 1, connectTimeout: 1).send(request)) { error in
            XCTAssertEqual(error as? HTTPClientError, .timedOut(address: "http://127.0.0.1:\(port)/orders", seconds: 1))
            XCTAssertFalse("\(error)".contains("secret"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "the time limit holds")
    }

    func testNothingListeningIsUnreachableAndAHeaderWithALineBreakIsRefused() throws {
        XCTAssertThrowsError(try HTTPClient().send(HTTPRequest(url: "http://127.0.0.1:1/"))) { error in
            guard case .unreachable(let address, _)? = error as? HTTPClientError else { return XCTFail("\(error)") }
            XCTAssertEqual(address, "http://127.0.0.1:1/")
        }
        let split = HTTPRequest(url: "https://shop.example/", headers: [HTTPHeader("X-Note", "a\r\nX-Injected: 1")])
        XCTAssertThrowsError(try HTTPClient().send(split)) { error in
            guard case .badRequest? = error as? HTTPClientError else { return XCTFail("\(error)") }
        }
    }
}

/// How long a sync waits before asking again.
final class RetryPolicyTests: XCTestCase {
    func testRetryAfterIsHonouredInSecondsOrAsADateAndCappedElseTheWaitDoubles() {
        let policy = RetryPolicy(attempts: 5, firstWait: 1, longestWait: 60)
        XCTAssertEqual(policy.wait(after: 1, retryAfter: "2.0"), 2, "Shopify writes seconds with a fraction")
        XCTAssertEqual(policy.wait(after: 1, retryAfter: "7"), 7)
        XCTAssertEqual(policy.wait(after: 1, retryAfter: "3600"), 60, "never longer than the longest wait")
        let now = Date(timeIntervalSince1970: 1_796_515_200)  // Sun, 06 Dec 2026 00:00:00 GMT
        XCTAssertEqual(policy.wait(after: 1, retryAfter: "Sun, 06 Dec 2026 00:00:30 GMT", now: now), 30)
        XCTAssertEqual([1, 2, 3, 4, 8].map { policy.wait(after: $0, retryAfter: nil) }, [1, 2, 4, 8, 60])
        XCTAssertEqual(policy.wait(after: 2, retryAfter: "soon"), 2, "an unreadable Retry-After doubles as if none")
        XCTAssertTrue(RetryPolicy.isTransient(429) && RetryPolicy.isTransient(503))
        XCTAssertFalse(RetryPolicy.isTransient(401) || RetryPolicy.isTransient(404))
    }
}

/// What the client sends: the method, headers and body as given.
final class HTTPClientSendingTests: XCTestCase {
    func testAPostSendsItsBodyAndAnEmptyPostSendsNothing() throws {
        let echo = try EchoServer()
        let json = Array(#"{"create":[{"code":"K7M2QXPAHR4T","amount":"5.00"}]}"#.utf8)
        let response = try HTTPClient().send(HTTPRequest(method: "POST", url: echo.url + "/coupons/batch",
                                                         headers: [HTTPHeader("Content-Type", "application/json")], body: json))
        XCTAssertEqual(response.status, 200)
        let seen = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        XCTAssertEqual(seen?["method"] as? String, "POST")
        XCTAssertEqual(seen?["path"] as? String, "/coupons/batch")
        XCTAssertEqual(seen?["content_type"] as? String, "application/json")
        XCTAssertEqual(seen?["body"] as? String, String(decoding: json, as: UTF8.self))

        let empty = try HTTPClient().send(HTTPRequest(method: "DELETE", url: echo.url + "/coupons/7"))
        let deleted = try JSONSerialization.jsonObject(with: Data(empty.body)) as? [String: Any]
        XCTAssertEqual(deleted?["method"] as? String, "DELETE")
        XCTAssertEqual(deleted?["body"] as? String, "")
        let bare = try HTTPClient().send(HTTPRequest(method: "POST", url: echo.url + "/ping"))
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(bare.body)) as? [String: Any])?["body"] as? String, "",
                       "an empty POST sends no body (and never reads standard input)")
    }
}

/// A server on 127.0.0.1 that answers every request with what it received, as JSON.
private final class EchoServer {
    private static let script = """
        import json
        from http.server import BaseHTTPRequestHandler, HTTPServer
        class Echo(BaseHTTPRequestHandler):
            def log_message(self, *_): pass
            def handle_one(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                data = json.dumps({"method": self.command, "path": self.path, "content_type": self.headers.get("Content-Type"), "body": body}).encode()
                self.send_response(200); self.send_header("Content-Length", str(len(data))); self.end_headers(); self.wfile.write(data)
            do_GET = do_POST = do_PUT = do_DELETE = handle_one
        server = HTTPServer(("127.0.0.1", 0), Echo)
        print(server.server_port, flush=True)
        server.serve_forever()
        """
    private let server: PythonServer
    var url: String { "http://127.0.0.1:\(server.port)" }

    init() throws { server = try PythonServer(["-c", Self.script]) }
}
