import LoyaltyStore

// Temporary entry point until the CLI lands: open the dashboard on --db PATH or the default database.
let arguments = CommandLine.arguments
let path = arguments.firstIndex(of: "--db").map { arguments[$0 + 1] } ?? Store.defaultPath()
let store = try Store(path: path)
try MainActor.assumeIsolated { try runDashboard(store: store, themeName: nil, mouse: true) }
