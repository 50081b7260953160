/// One header of a request or a response, as sent or received (names compare without case).
public struct HTTPHeader: Sendable, Equatable {
    public let name: String
    public let value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A request for `HTTPClient.send`: what it asks, of whom, with which headers and body.
public struct HTTPRequest: Sendable, Equatable {
    /// "GET", "POST", "PUT", "DELETE", …
    public var method: String
    /// The whole address, query included: `https://shop.example/wp-json/wc/v3/orders?page=2`. Plain
    /// `http://` only to the machine itself (127.0.0.1, ::1, localhost): see `HTTPClient.send`.
    public var url: String
    /// Sent as given, in this order (credentials too: they never appear in an `HTTPClientError`).
    public var headers: [HTTPHeader]
    /// Sent when not empty (for a POST or PUT, say a JSON document with `Content-Type: application/json`).
    public var body: [UInt8]

    public init(method: String = "GET", url: String, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// What the server answered: any status, 2xx or not (only a failed exchange is an error).
public struct HTTPResponse: Sendable, Equatable {
    /// 200, 401, 429, …
    public let status: Int
    /// The headers of the final response, in the order received (a `100 Continue`'s are dropped).
    public let headers: [HTTPHeader]
    public let body: [UInt8]

    public init(status: Int, headers: [HTTPHeader], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of the first header called `name` (any case), or nil.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// True for 200…299.
    public var succeeded: Bool { (200..<300).contains(status) }
}
