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
