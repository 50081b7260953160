import LoyaltyStore
import Terminal

/// A cell on screen where the terminal cursor should blink (a text field being edited).
public typealias CursorPosition = (x: Int, y: Int)

/// One section's pane: its keys, what they do and how it draws. Its forms and confirmations have
/// purposes of its own (see `FormPurpose` and `ConfirmPurpose`), which its `submit` and `confirm` perform.
/// Panes are stateless; their state lives in `AppState`, so every screen can be rendered in a test.
public protocol Pane {
    associatedtype Action: Sendable

    /// The pane's own keys, tried after any dialog and before the global keys.
    static func keyMap(_ state: AppState) -> KeyMap<Action>
    static func perform(_ action: Action, state: inout AppState, store: Store) throws
    /// Draws the pane into `area`; returns where the cursor goes when a field of the pane is being edited.
    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition?
    /// A click on row `row` of the pane's area (0 is its top row).
    static func click(row: Int, state: inout AppState, store: Store) throws
    /// The mouse wheel: `rows` down (negative is up).
    static func scroll(by rows: Int, state: inout AppState, store: Store) throws
    /// Re-reads what the pane keeps of its own (e.g. the page of members) after the data changed.
    static func reload(state: inout AppState, store: Store) throws
}

extension Pane {
    public static func click(row: Int, state: inout AppState, store: Store) throws {}
    public static func scroll(by rows: Int, state: inout AppState, store: Store) throws {}
    public static func reload(state: inout AppState, store: Store) throws {}

    /// Runs the pane's action for `key`; false when the pane does not use the key. A key whose
    /// change may not be made here (the user's role, a read-only database) does nothing but say why.
    static func handle(_ key: Key, state: inout AppState, store: Store) throws -> Bool {
        guard let (binding, action) = keyMap(state).binding(for: key) else { return false }
        if let kind = binding.needs {
            do { try store.require(kind) } catch {
                state.message = .error(DashboardErrorWording.text(error, state.words))
                return true
            }
        }
        try perform(action, state: &state, store: store)
        return true
    }

    static func helpEntries(_ state: AppState) -> [HelpEntry] { keyMap(state).helpEntries(for: state.role).map { $0.worded(state.words) } }
    static func footerEntries(_ state: AppState) -> [HelpEntry] { keyMap(state).footerEntries(for: state.role).map { $0.worded(state.words) } }
}
