import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, driven through ncursesw. The only type in the program that calls ncurses.
///
/// Use it from the main thread: `start`, then a loop of `draw` and `nextEvent`, then `stop`.
/// The terminal is put back as it was on `stop`, on normal exit, and on SIGINT/SIGTERM/SIGHUP/
/// SIGQUIT. In raw mode Ctrl-C is not a signal but the key `.ctrl("c")`.
@MainActor
public final class NcursesScreen {
    /// True once started on a terminal with colours, unless `NO_COLOR` is set. Without colours
    /// `draw` uses only the attributes (bold, reverse, underline, dim) of each style.
    public private(set) var colorsAvailable = false
    private var started = false
    private var pairs: [ColorPairKey: Int16] = [:]
    /// The grid last drawn and the terminal's size then: the next `draw` at the same sizes hands
    /// ncurses only the cells that changed.
    private var drawn: (grid: CellGrid, columns: Int, rows: Int)?

    public init() {}

    /// Takes over the terminal: full screen, raw keys, no echo, hidden cursor; colours when the
    /// terminal has them and `NO_COLOR` is unset or empty; mouse clicks and wheel when `mouse`.
    public func start(mouse: Bool) {
        guard !started else { return }
        adoptLocale()
        installRestoreHandlers()
        initscr()
        started = true
        raw()
        noecho()
        keypad(loyalty_stdscr(), true)
        if getenv("ESCDELAY") == nil { _ = loyalty_set_escdelay(25) }
        curs_set(0)
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if has_colors(), !noColor {
            start_color()
            use_default_colors()
            colorsAvailable = true
        }
        pairs = [:]
        drawn = nil
        if mouse {
            let mask = loyalty_button1_clicked() | loyalty_button1_pressed()
                | loyalty_button4_pressed() | loyalty_button5_pressed()
            mousemask(mmask_t(mask), nil)
            mouseinterval(0)
        }
    }

    /// The user's locale, for ncurses to know the terminal speaks UTF-8. When the locale asked for
    /// is not installed (an SSH session forwarding `LANG=he_IL.UTF-8` to a server that has only
    /// C.UTF-8) its character set still holds: the characters are C.UTF-8's.
    private func adoptLocale() {
        guard setlocale(LC_ALL, "") == nil else { return }
        let names: [String] = ["LC_ALL", "LC_CTYPE", "LANG"]
        let asked = names.lazy.compactMap { name in getenv(name).map { String(cString: $0) } }.first { !$0.isEmpty } ?? ""
        let lowercased = asked.lowercased()
        if lowercased.contains("utf-8") || lowercased.contains("utf8") { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// Gives the terminal back: normal mode, cursor shown, screen as before `start`.
    public func stop() {
        guard started else { return }
        started = false
        drawn = nil
        curs_set(1)
        endwin()
        for signalNumber in Self.restoredSignals { signal(signalNumber, SIG_DFL) }
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        let screen = loyalty_stdscr()
        return (Int(getmaxx(screen)), Int(getmaxy(screen)))
    }

    /// Shows `grid` (clipped to the terminal) and puts the cursor at `cursor`, or hides it. Only the
    /// cells that differ from the last grid drawn are handed to ncurses (all of them after a resize);
    /// ncurses itself sends the terminal only what changed on screen.
    public func draw(_ grid: CellGrid, cursor: (x: Int, y: Int)?) {
        let screen = loyalty_stdscr()
        let (columns, rows) = size
        var previous: CellGrid?
        if let drawn, drawn.columns == columns, drawn.rows == rows, drawn.grid.width == grid.width, drawn.grid.height == grid.height {
            previous = drawn.grid
        } else {
            werase(screen)
        }
        for y in 0..<min(rows, grid.height) {
            for x in 0..<min(columns, grid.width) where !grid[x: x, y: y].isContinuation {
                let cell = grid[x: x, y: y]
                if let previous, previous[x: x, y: y] == cell { continue }
                var characters = cell.character.unicodeScalars.prefix(Int(CCHARW_MAX))
                    .map { wchar_t(bitPattern: $0.value) }
                characters.append(0)
                var styled = cchar_t()
                setcchar(&styled, characters, attributes(of: cell.style), colorPair(for: cell.style), nil)
                mvwadd_wch(screen, Int32(y), Int32(x), &styled)
            }
        }
        drawn = (grid, columns, rows)
        if let cursor {
            curs_set(1)
            wmove(screen, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(screen)
    }

    /// Waits up to `timeoutMilliseconds` (forever when `nil`) for the next input. Returns `nil`
    /// on timeout or for input the program has no use for (an unknown key, a mouse release).
    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        let screen = loyalty_stdscr()
        wtimeout(screen, Int32(timeoutMilliseconds ?? -1))
        var code: wint_t = 0
        switch wget_wch(screen, &code) {
        case KEY_CODE_YES: return event(forKeyCode: Int32(code))
        case OK: return Key(terminalCharacter: UInt32(code)).map(InputEvent.key)
        default: return nil
        }
    }

    // MARK: - Keys

    private func event(forKeyCode code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        case KEY_MOUSE: return mouseEvent()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case loyalty_key_f(1)...loyalty_key_f(63): return .key(.function(Int(code - loyalty_key_f(0))))
        default: return nil
        }
    }

    private func mouseEvent() -> InputEvent? {
        var mouse = MEVENT()
        guard getmouse(&mouse) == OK else { return nil }
        let state = mouse.bstate
        let kind: MouseEvent.Kind
        if state & (loyalty_button1_clicked() | loyalty_button1_pressed()) != 0 {
            kind = .click
        } else if state & loyalty_button4_pressed() != 0 {
            kind = .wheelUp
        } else if state & loyalty_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, x: Int(mouse.x), y: Int(mouse.y)))
    }

    // MARK: - Styles

    private func attributes(of style: CellStyle) -> attr_t {
        var result = loyalty_a_normal()
        if style.attributes.contains(.bold) { result |= loyalty_a_bold() }
        if style.attributes.contains(.reverse) { result |= loyalty_a_reverse() }
        if style.attributes.contains(.underline) { result |= loyalty_a_underline() }
        if style.attributes.contains(.dim) { result |= loyalty_a_dim() }
        return result
    }

    /// The colour pair for a style's colours, created the first time it is needed. Pair 0 (the
    /// terminal's defaults) when there are no colours or no pairs left.
    private func colorPair(for style: CellStyle) -> Int16 {
        guard colorsAvailable else { return 0 }
        let key = ColorPairKey(foreground: colorNumber(style.foreground),
                               background: colorNumber(style.background))
        if key.foreground == -1, key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < min(Int(loyalty_color_pairs()), Int(Int16.max)) else { return 0 }
        init_pair(Int16(next), Int16(key.foreground), Int16(key.background))
        pairs[key] = Int16(next)
        return Int16(next)
    }

    /// The ncurses colour number; -1 is the terminal's default. A 256-palette index the terminal
    /// lacks falls back to the basic colour with the same index mod 8, or to the default.
    private func colorNumber(_ color: TerminalColor) -> Int32 {
        switch color {
        case .default: return -1
        case .black: return COLOR_BLACK
        case .red: return COLOR_RED
        case .green: return COLOR_GREEN
        case .yellow: return COLOR_YELLOW
        case .blue: return COLOR_BLUE
        case .magenta: return COLOR_MAGENTA
        case .cyan: return COLOR_CYAN
        case .white: return COLOR_WHITE
        case .indexed(let index):
            if Int32(index) < loyalty_colors() { return Int32(index) }
            return index < 16 ? Int32(index % 8) : -1
        }
    }

    // MARK: - Restoring the terminal

    private static let restoredSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// On exit, or on a signal that would end the program, leave curses mode first.
    private func installRestoreHandlers() {
        atexit { if !isendwin() { endwin() } }
        for signalNumber in Self.restoredSignals {
            signal(signalNumber) { received in
                endwin()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}

private struct ColorPairKey: Hashable {
    var foreground: Int32
    var background: Int32
}
