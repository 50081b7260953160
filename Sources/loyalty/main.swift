import Foundation
import LoyaltyStore

// Temporary entry point until the CLI lands: open the dashboard on --db PATH or the default database.
let arguments = CommandLine.arguments
let path = arguments.firstIndex(of: "--db").map { arguments[$0 + 1] } ?? Store.defaultPath()
let store = try Store(path: path)
if let index = arguments.firstIndex(of: "--build-demo") {
    let start = Date()
    let report = try store.buildDemo(DemoOptions(members: Int(arguments[index + 1])!)) { done in
        FileHandle.standardError.write("\(done) members, \(Int(Date().timeIntervalSince(start)))s\n".data(using: .utf8)!)
    }
    print(report, Date().timeIntervalSince(start))
    exit(0)
}
try MainActor.assumeIsolated { try runDashboard(store: store, themeName: nil, mouse: true) }
