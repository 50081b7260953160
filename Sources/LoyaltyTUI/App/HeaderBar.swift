import LoyaltyCore
import LoyaltyText
import Terminal

/// The top line: the programme's icon, name and points, its status badge, and on the right who
/// is signed in and the database file. When the line is short, the right part gives way first
/// (the path's start, then the name), up to half the line; the programme's name is then cut
/// with "…" (before the points' name), and the badge stays whole.
struct HeaderBar {
    let state: AppState

    func render(in area: Rect, on grid: inout CellGrid) {
        let theme = state.theme, program = state.data.program, words = state.words
        grid.fill(area, style: theme[.header])
        let name = program.name.isEmpty ? words.text("New programme") : program.name
        let points = " · \(program.pointsName)"
        let title = "\(program.pointsIcon) \(name)\(points)"
        let badge = " \(CoreWording.status(program.status, words)) "
        let who = state.role == .owner ? state.user : "\(state.user) (\(DomainNames.role(state.role, words)))"
        let right = "\(who) · \(state.databasePath) "
        let titleRoom = min(DisplayWidth.of(title) + 2,
                            max(area.width / 2, area.width - DisplayWidth.of(badge) - 2 - DisplayWidth.of(right)))
        // The name gives way before the points' name, while it keeps a few letters.
        let nameRoom = titleRoom - 2 - DisplayWidth.of("\(program.pointsIcon) \(points)")
        let shownTitle = DisplayWidth.of(title) + 2 <= titleRoom ? title
            : nameRoom >= 6 ? "\(program.pointsIcon) \(name.truncated(toWidth: nameRoom))\(points)" : title.truncated(toWidth: max(0, titleRoom - 2))
        var x = area.x + grid.write(" \(shownTitle) ", x: area.x, y: area.y, style: theme[.header], maxWidth: titleRoom)
        let badgeRole: ThemeRole = program.status == .active ? .headerBadgeActive : program.status == .paused ? .headerBadgePaused : .headerBadgeDraft
        x += grid.write(badge, x: x, y: area.y, style: theme[badgeRole], maxWidth: area.x + area.width - x)
        let room = area.x + area.width - x - 2
        guard room > 8 else { return }
        // A long path gives way first (its end names the file), then the name.
        let pathRoom = room - DisplayWidth.of("\(who) · ") - 2
        let shown = DisplayWidth.of(right) <= room ? right
            : pathRoom > 4 ? "\(who) · …\(state.databasePath.suffix(pathRoom - 1)) " : "…" + String(right.suffix(room - 1))
        grid.write(shown, in: Rect(x: x + 2, y: area.y, width: room, height: 1), style: theme[.header], alignment: .right)
    }
}
