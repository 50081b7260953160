/// Where each part of the screen goes for a terminal size: a pure function of the size, used by
/// both drawing and mouse clicks so they always agree.
struct DashboardLayout {
    static let minimumWidth = 40
    static let minimumHeight = 12
    /// From this width the sections are a sidebar; below it, a row of tabs.
    static let sidebarFromWidth = 80
    static let sidebarWidth = 20

    let width: Int
    let height: Int

    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    var hasSidebar: Bool { width >= Self.sidebarFromWidth }

    var header: Rect { Rect(x: 0, y: 0, width: width, height: 1) }
    var message: Rect { Rect(x: 0, y: height - 2, width: width, height: 1) }
    var footer: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }
    /// The sidebar (wide screens) or the tab row (narrow screens).
    var sections: Rect {
        hasSidebar ? Rect(x: 0, y: 1, width: Self.sidebarWidth, height: height - 3) : Rect(x: 0, y: 1, width: width, height: 1)
    }
    /// The framed area of the current section.
    var frame: Rect {
        hasSidebar ? Rect(x: Self.sidebarWidth, y: 1, width: width - Self.sidebarWidth, height: height - 3)
            : Rect(x: 0, y: 2, width: width, height: height - 4)
    }
    /// Inside the frame: where the pane draws.
    var pane: Rect { frame.inset(by: 1) }
    /// Where a form is centred: the screen above the footer.
    var form: Rect { Rect(x: 0, y: 0, width: width, height: height - 1) }

    /// The section whose sidebar row is at (`x`, `y`), on wide screens.
    func section(atX x: Int, y: Int) -> Section? {
        guard hasSidebar, sections.contains(x: x, y: y) else { return nil }
        return Section(rawValue: y - sections.y - 1)
    }
}
