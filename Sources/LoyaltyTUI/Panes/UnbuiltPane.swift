import LoyaltyStore
import Terminal

/// Temporary: sections whose panes are being built in parallel branches.
enum UnbuiltPane: Pane {
    static func keyMap(_ state: AppState) -> KeyMap<Never> { KeyMap([]) }
    static func perform(_ action: Never, state: inout AppState, store: Store) throws {}
    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? { nil }
}
