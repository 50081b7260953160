import LoyaltyText
import Terminal

/// The sections as a row of tabs on narrow screens. Only whole labels are drawn; the row scrolls
/// so the current section is always in sight, with "‹" in front when tabs before it are left
/// out and "›" at the right end when tabs after it are.
struct SectionTabs {
    let current: Section
    let words: Localizer

    private var labels: [String] { Section.allCases.map { " \($0.key) \($0.title(words)) " } }

    func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        grid.fill(area, style: theme[.sidebar])
        let labels = labels, chosen = current.rawValue
        /// A label and the cell after it.
        func width(_ index: Int) -> Int { DisplayWidth.of(labels[index]) + 1 }
        let fitsWhole = labels.indices.map(width).reduce(0, +) - 1 <= area.width
        // Room for the marks: "‹" in front and "›" at the end, whenever anything is left out.
        let room = fitsWhole ? area.width : area.width - 2
        var first = 0
        while first < chosen, (first...chosen).map(width).reduce(0, +) - 1 > room { first += 1 }
        var x = area.x
        if first > 0 { x += grid.write("‹", x: x, y: area.y, style: theme[.muted]) }
        var last = first - 1
        for index in first..<labels.count {
            let end = fitsWhole ? area.x + area.width : area.x + area.width - 1
            guard x + DisplayWidth.of(labels[index]) <= end else { break }
            let role: ThemeRole = index == chosen ? .sidebarSelected : .sidebar
            x += grid.write(labels[index], x: x, y: area.y, style: theme[role]) + 1
            last = index
        }
        if last < labels.count - 1 {
            grid.write("›", x: area.x + area.width - 1, y: area.y, style: theme[.muted])
        }
    }
}
