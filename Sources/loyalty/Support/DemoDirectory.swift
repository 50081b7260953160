import Foundation

/// Where `loyalty --demo` builds its database when no `--db` is given: a directory of its own,
/// created with a name no one can guess and readable by this user only (mode 0700), so another user
/// of the machine can neither plant a file or link at the demo's path nor read it; removed, database
/// and all, when the dashboard closes.
struct DemoDirectory {
    let path: String

    /// The demo database inside it.
    var database: String { path + "/demo.db" }

    /// Creates `loyalty-demo-XXXXXX` in the temporary directory (`$TMPDIR`, else /tmp).
    init() throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("loyalty-demo-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw Failure(message: "cannot create a directory for the demo in \(NSTemporaryDirectory()): \(String(cString: strerror(errno))); "
                          + "set TMPDIR to a writable directory or give --db PATH")
        }
        path = String(cString: created)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
