import Foundation
import LoyaltyStore
import LoyaltyTUI
import Terminal

/// Opens the full-screen dashboard on `store` and runs it until the user quits. The terminal is
/// restored on every way out (quit, Ctrl-C, an error).
@MainActor
func runDashboard(store: Store, themeName: String?, mouse: Bool, writing: WritingMode) throws {
    let catalog = ThemeCatalog(directories: themeDirectories())
    let chosen = themeName ?? "default"
    let colourTheme: Theme?
    do {
        colourTheme = try catalog.load(chosen)
    } catch where themeName == nil {
        colourTheme = nil
    }
    let noColour = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    let screen = NcursesScreen()
    screen.start(mouse: mouse)
    defer { screen.stop() }
    let useColour = screen.colorsAvailable && !noColour && colourTheme != nil
    let size = screen.size
    let dashboard = try Dashboard(store: store, width: size.width, height: size.height,
                                  theme: useColour ? colourTheme! : .monochrome, themeName: useColour ? chosen : "monochrome", themes: catalog,
                                  writing: writing)
    while !dashboard.state.shouldQuit {
        let frame = dashboard.render()
        screen.draw(frame.grid, cursor: frame.cursor)
        if let event = screen.nextEvent(timeoutMilliseconds: 250) {
            dashboard.handle(event)
        } else {
            dashboard.refreshIfChangedElsewhere()
        }
    }
}

/// Where theme files are looked for: `$LOYALTY_THEMES`, `./themes`, the package's `themes` next
/// to a `swift build` binary, and `$XDG_CONFIG_HOME/loyalty/themes`.
func themeDirectories(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
    var directories: [String] = []
    if let explicit = environment["LOYALTY_THEMES"], !explicit.isEmpty { directories.append(explicit) }
    directories.append(FileManager.default.currentDirectoryPath + "/themes")
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    directories.append(executable.deletingLastPathComponent().appendingPathComponent("../../../themes").standardized.path)
    directories.append(executable.deletingLastPathComponent().appendingPathComponent("../../themes").standardized.path)
    let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (environment["HOME"] ?? "") + "/.config"
    directories.append(config + "/loyalty/themes")
    return directories
}
