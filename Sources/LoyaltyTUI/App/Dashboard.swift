import LoyaltyCore
import LoyaltyStore
import Terminal

/// The dashboard's reducer: turns input events into state changes and store operations.
/// Keys go to the modal layer first (help, confirmation, form, command line), then to the
/// current section's pane, then to the global keys. A refusal from the store becomes a message;
/// nothing the user typed is lost and nothing escapes as a crash.
public final class Dashboard {
    public private(set) var state: AppState
    let store: Store
    let themes: ThemeCatalog
    private var seenDataVersion: Int64

    public init(store: Store, width: Int, height: Int, theme: Theme, themeName: String, themes: ThemeCatalog,
                writing: WritingMode = .leftToRight) throws {
        self.store = store
        self.themes = themes
        state = AppState(width: width, height: height, data: try DashboardData.load(from: store), theme: theme, themeName: themeName,
                         user: store.actor, role: store.role, databasePath: store.path)
        state.writing = writing
        seenDataVersion = try store.externalChangeCounter()
        try reloadPanes()
    }

    /// Applies one input event. Whatever a pane wrote to the store shows at once: the data is
    /// re-read when the event changed the database.
    public func handle(_ event: InputEvent) {
        let changesBefore = store.localChangeCounter
        defer { if store.localChangeCounter != changesBefore { attempt { try reload() } } }
        switch event {
        case .resize(let width, let height):
            state.width = width
            state.height = height
        case .key(let key):
            state.message = nil
            attempt { try handleKey(state.writing.isRightToLeft ? key.mirrored : key) }
        case .mouse(var mouse):
            if state.writing.isRightToLeft { mouse.x = state.width - 1 - mouse.x }
            attempt { try handleMouse(mouse) }
        }
    }

    /// Re-reads the data when another process changed the database; keeps the user's place.
    public func refreshIfChangedElsewhere() {
        attempt {
            let version = try store.externalChangeCounter()
            guard version != seenDataVersion else { return }
            seenDataVersion = version
            try reload()
        }
    }

    /// Runs a step, turning any refusal or database error into a message line.
    private func attempt(_ step: () throws -> Void) {
        do { try step() } catch { state.message = .error(DashboardErrorWording.text(error)) }
    }

    func reload() throws {
        state.data = try DashboardData.load(from: store)
        try reloadPanes()
    }

    private func reloadPanes() throws {
        for section in Section.allCases { try section.pane.reload(state: &state, store: store) }
    }

    // MARK: Keys

    private func handleKey(_ key: Key) throws {
        if case .ctrl("c") = key { state.shouldQuit = true; return }
        if let modal = state.modal {
            try handleModalKey(key, modal)
            return
        }
        if try state.section.pane.handle(key, state: &state, store: store) { return }
        if let action = KeyMap<GlobalAction>.global.action(for: key) { try perform(action) }
    }

    private func perform(_ action: GlobalAction) throws {
        switch action {
        case .quit: state.shouldQuit = true
        case .help: state.modal = .help
        case .nextSection: state.section = state.section.next
        case .previousSection: state.section = state.section.previous
        case .jumpToSection(let n): if let section = Section(number: n) { state.section = section }
        case .commandLine: state.modal = .commandLine(TextField())
        case .search:
            state.section = .members
            _ = try Section.members.pane.handle(.character("/"), state: &state, store: store)
        case .refresh:
            try reload()
            state.message = StatusMessage("Refreshed")
        }
    }

    private func handleModalKey(_ key: Key, _ modal: Modal) throws {
        switch modal {
        case .help:
            if ModalKeys.help.action(for: key) == .close { state.modal = nil }
        case .confirm(var confirmation):
            switch ModalKeys.confirm.action(for: key) {
            case .accept?: try accept(confirmation)
            case .cancel?: state.modal = confirmation.resumeForm.map(Modal.form)
            case .switchButton?:
                confirmation.selectedButton = 1 - confirmation.selectedButton
                state.modal = .confirm(confirmation)
            case .press?:
                if confirmation.selectedButton == 0 { try accept(confirmation) } else { state.modal = confirmation.resumeForm.map(Modal.form) }
            case nil: break
            }
        case .form(var form):
            let textRows = FormLayout(form, in: DashboardLayout(width: state.width, height: state.height).form).textRows
            if form.edit(key, textRows: textRows, writing: state.writing) { state.modal = .form(form); return }
            switch ModalKeys.form.action(for: key) {
            case .save?: try submit(form)
            case .cancel?: state.modal = nil
            case .quit? where form.hasUnsavedEdits:
                state.modal = .confirm(Confirmation(title: "Quit", message: "Discard the unsaved edits in \"\(form.title)\" and quit?",
                                                    confirmLabel: "Quit", purpose: .quitDiscardingEdits, resumeForm: form))
            case .quit?: state.shouldQuit = true
            case .nextField?, .previousField?, nil: break
            }
        case .commandLine(var field):
            switch (ModalKeys.commandLine.action(for: key), key) {
            case (.run?, _):
                state.modal = nil
                try runCommand(field.value)
            case (.close?, _):
                state.modal = nil
            case (_, .backspace) where field.value.isEmpty:
                state.modal = nil
            case (_, .backspace): field.backspace(); state.modal = .commandLine(field)
            case (_, .left): field.moveLeft(state.writing); state.modal = .commandLine(field)
            case (_, .right): field.moveRight(state.writing); state.modal = .commandLine(field)
            case (_, .character(let c)): field.insert(c); state.modal = .commandLine(field)
            default: break
            }
        }
    }

    private func accept(_ confirmation: Confirmation) throws {
        state.modal = nil
        try confirmation.purpose.accept(state: &state, store: store)
    }

    private func submit(_ form: FormState) throws {
        if let problem = form.firstFieldError {
            var shown = form
            shown.error = problem
            state.modal = .form(shown)
            return
        }
        do {
            state.modal = nil
            try form.purpose.submit(form, state: &state, store: store)
        } catch {
            var kept = form
            kept.error = DashboardErrorWording.text(error)
            state.modal = .form(kept)
        }
    }

    /// `:q`, `:quit`, `:help`, `:theme NAME`, `:bidi on|off`, `:members` or any section name or number.
    private func runCommand(_ line: String) throws {
        let words = line.split(separator: " ").map(String.init)
        guard let command = words.first?.lowercased() else { return }
        switch command {
        case "q", "quit", "exit": state.shouldQuit = true
        case "help": state.modal = .help
        case "theme":
            guard words.count == 2 else {
                state.message = .error("usage: :theme NAME (available: \(themes.names.joined(separator: ", ")))")
                return
            }
            state.theme = try themes.load(words[1])
            state.themeName = words[1]
            state.message = .success("Theme \(words[1])")
        case "bidi":
            guard words.count == 2, let on = ["on": true, "off": false][words[1].lowercased()] else {
                state.message = .error("usage: :bidi on|off (off when the terminal puts right-to-left text in order itself)")
                return
            }
            state.writing.reordersText = on
            state.message = .success(on ? "Right-to-left text is put in reading order" : "Text is sent in stored order for the terminal to reorder")
        default:
            guard let section = Section.named(line) else {
                state.message = .error("unknown command \":\(line)\"; try :members, :rewards, :theme NAME, :q")
                return
            }
            state.section = section
        }
    }

    // MARK: Mouse

    private func handleMouse(_ mouse: MouseEvent) throws {
        let layout = DashboardLayout(width: state.width, height: state.height)
        switch mouse.kind {
        case .click:
            if state.modal != nil { return }
            if let section = layout.section(atX: mouse.x, y: mouse.y) {
                state.section = section
            } else if layout.pane.contains(x: mouse.x, y: mouse.y) {
                try state.section.pane.click(row: mouse.y - layout.pane.y, state: &state, store: store)
            }
        case .wheelUp: try state.section.pane.scroll(by: -3, state: &state, store: store)
        case .wheelDown: try state.section.pane.scroll(by: 3, state: &state, store: store)
        }
    }

    // MARK: Drawing

    /// The whole screen for the current state, and where the cursor goes.
    public func render() -> (grid: CellGrid, cursor: CursorPosition?) {
        DashboardView.render(state)
    }
}
