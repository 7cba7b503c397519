import CNCursesW

/// What the terminal reported: a key, or a new window size.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    case resize
}

/// Why the terminal could not be taken over.
public enum TerminalStartError: Error, Equatable, CustomStringConvertible {
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .unknownTerminal(let term):
            "this terminal type (TERM=\(term)) is unknown to ncurses; run Till in a terminal such as xterm, "
                + "or set TERM to one this machine knows (for example TERM=xterm-256color)"
        }
    }
}

/// The ncurses backend: the only code that calls ncurses. Not thread-safe: one thread owns it.
public final class NCursesTerminal {
    private var screen: OpaquePointer?
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private let maximumPairs: Int32
    /// The number of colours ncurses reports for this terminal (0 without colour).
    public let colorCount: Int

    private struct PairKey: Hashable {
        let foreground: Int32
        let background: Int32
    }

    /// Takes the terminal over: locale, `newterm`, input mode, colours. `readTimeout` is how long
    /// `readInput` waits for a key, in milliseconds.
    public init(term: String?, readTimeout: Int32) throws(TerminalStartError) {
        _ = till_setlocale()
        guard let screen = term.withOptionalCString({ till_newterm($0) }) else {
            throw .unknownTerminal(term ?? "unset")
        }
        self.screen = screen
        till_configure_input(readTimeout)
        var colors = 0
        var pairsAvailable: Int32 = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(till_colors())
            pairsAvailable = till_color_pairs()
        }
        colorCount = colors
        maximumPairs = pairsAvailable
    }

    deinit { shutdown() }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func shutdown() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    /// The window's size now.
    public var terminalSize: TerminalSize {
        var rows: Int32 = 0
        var columns: Int32 = 0
        till_getmaxyx(&rows, &columns)
        return TerminalSize(columns: Int(columns), rows: Int(rows))
    }

    /// Waits up to the read timeout for a key; nil when none came.
    public func readInput() -> TerminalInput? {
        var value: UInt32 = 0
        let result = till_read_key(&value)
        if result == till_key_code_yes() {
            let code = Int32(bitPattern: value)
            if code == till_key_resize() { return .resize }
            return .key(Self.functionKey(code))
        }
        guard result == till_ok() else { return nil }
        return .key(Key.fromCharacter(value))
    }

    private static func functionKey(_ code: Int32) -> Key {
        switch code {
        case till_key_enter(): return .enter
        case till_key_backspace(): return .backspace
        case till_key_dc(): return .delete
        case till_key_up(): return .up
        case till_key_down(): return .down
        case till_key_left(): return .left
        case till_key_right(): return .right
        case till_key_home(): return .home
        case till_key_end(): return .end
        case till_key_ppage(): return .pageUp
        case till_key_npage(): return .pageDown
        case till_key_btab(): return .backTab
        case (till_key_f0() + 1)...(till_key_f0() + 12): return .function(Int(code - till_key_f0()))
        default: return .unknown(Int(code))
        }
    }

    /// Draws the changed cells and shows them.
    public func draw(_ diff: FrameDiff) {
        if diff.isFullRedraw { clearok(till_stdscr(), true) }
        for run in diff.runs {
            var column = run.column
            for cell in run.cells {
                defer { column += 1 }
                if cell.isContinuation { continue }
                put(cell, row: Int32(run.row), column: Int32(column))
            }
        }
        wrefresh(till_stdscr())
    }

    public func bell() { beep() }

    /// Flashes the screen; ncurses rings the bell instead where the terminal cannot flash.
    public func flash() { _ = CNCursesW.flash() }

    private func put(_ cell: Cell, row: Int32, column: Int32) {
        var attributes = till_attr_normal()
        if cell.style.bold { attributes |= till_attr_bold() }
        if cell.style.reverse { attributes |= till_attr_reverse() }
        let pair = pairNumber(cell.style)
        // A cell holds at most CCHARW_MAX code points with the terminating zero.
        let scalars = cell.text.unicodeScalars.prefix(Int(till_ccharw_max()) - 1)
        var text: [wchar_t] = scalars.map { wchar_t(bitPattern: $0.value) }
        if text.isEmpty { text = [wchar_t(32)] }
        text.append(0)
        _ = till_put_cell(row, column, text, attributes, pair)
    }

    /// The colour pair for a style's colours, allocated the first time it is needed. When the
    /// terminal runs out of pairs, the default colours are used.
    private func pairNumber(_ style: CellStyle) -> Int32 {
        guard colorCount > 0 else { return 0 }
        let key = PairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        guard nextPair < maximumPairs else { return 0 }
        let pair = nextPair
        nextPair += 1
        init_extended_pair(pair, key.foreground, key.background)
        pairs[key] = pair
        return pair
    }

    private func colorNumber(_ color: TerminalColor) -> Int32 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let index): return Int(index) < colorCount ? Int32(index) : -1
        case .rgb(let rgb):
            if colorCount >= 1 << 24 { return Int32(rgb.red) << 16 | Int32(rgb.green) << 8 | Int32(rgb.blue) }
            let depth = ColorDepth(colorCount: colorCount)
            return ColorPalette.nearestIndex(to: rgb, depth: depth).map { Int32($0) } ?? -1
        }
    }
}

extension Optional where Wrapped == String {
    fileprivate func withOptionalCString<Result>(_ body: (UnsafePointer<CChar>?) -> Result) -> Result {
        switch self {
        case .some(let string): string.withCString { body($0) }
        case .none: body(nil)
        }
    }
}
