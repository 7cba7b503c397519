import TillStrings

/// How many colours the terminal shows.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable, Comparable {
    case none, ansi8, ansi16, palette256, truecolor

    /// Decides the depth from the environment and the colour count ncurses reports (`tput colors`),
    /// when known. COLORTERM=truecolor or 24bit wins; then the larger of what TERM's name promises
    /// (`*-256color`) and what ncurses counts. NO_COLOR set means no colour.
    public static func detect(environment: [String: String], cursesColors: Int?) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .truecolor }
        let term = environment["TERM"]?.lowercased() ?? ""
        var depth: ColorDepth = term.isEmpty || term == "dumb" ? .none : .ansi8
        if term.hasSuffix("-256color") || term.hasSuffix("-256") { depth = .palette256 }
        if term.hasSuffix("-direct") || term.hasSuffix("-truecolor") { depth = .truecolor }
        if let cursesColors {
            let counted = ColorDepth(colorCount: cursesColors)
            depth = term.isEmpty ? counted : max(depth, counted)
            if cursesColors < 8 { depth = .none }
        }
        return depth
    }

    /// The depth for a number of colours as ncurses counts them.
    public init(colorCount: Int) {
        switch colorCount {
        case 16_777_216...: self = .truecolor
        case 256...: self = .palette256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .none
        }
    }

    /// The depth in words, for messages: "8-colour terminals (ansi8)".
    public var terminalName: String { terminalName(in: Strings(.en)) }

    /// The depth in words in the language of `strings`.
    public func terminalName(in strings: Strings) -> String {
        switch self {
        case .none: strings[.depthNone]
        case .ansi8: strings[.depthAnsi8]
        case .ansi16: strings[.depthAnsi16]
        case .palette256: strings[.depthPalette256]
        case .truecolor: strings[.depthTruecolor]
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
