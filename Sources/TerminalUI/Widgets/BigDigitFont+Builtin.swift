// Generated from assets/bigdigits.txt, which stays the source of truth: BigDigitFontTests checks
// that this copy equals the file. After editing the asset, copy it here between the quotes.
extension BigDigitFont {
    /// The text of assets/bigdigits.txt, compiled in so the binary needs no file next to it.
    static let builtinSource = """
        # Till's big digits for the price: 5 rows per glyph, drawn with █ ▀ ▄ and spaces.
        # A glyph is its character alone on a line, then its 5 rows between | marks (the marks keep
        # trailing spaces visible). Every row of one glyph has the same width. Lines starting with #
        # are comments. Sources/TerminalUI/Widgets/BigDigitFont+Builtin.swift holds a copy of this file
        # that a test keeps equal to it.
        0
        |▄███▄|
        |█   █|
        |█   █|
        |█   █|
        |▀███▀|
        1
        | ▄█  |
        |▀ █  |
        |  █  |
        |  █  |
        |▄▄█▄▄|
        2
        |▄███▄|
        |▀   █|
        | ▄▄█▀|
        |█▀   |
        |█████|
        3
        |▄███▄|
        |▀   █|
        |  ██▄|
        |▄   █|
        |▀███▀|
        4
        |█   █|
        |█   █|
        |▀████|
        |    █|
        |    █|
        5
        |█████|
        |█    |
        |████▄|
        |    █|
        |████▀|
        6
        |▄███▄|
        |█    |
        |████▄|
        |█   █|
        |▀███▀|
        7
        |█████|
        |    █|
        |   █▀|
        |  █  |
        |  █  |
        8
        |▄███▄|
        |█   █|
        |▄███▄|
        |█   █|
        |▀███▀|
        9
        |▄███▄|
        |█   █|
        |▀████|
        |    █|
        |▀███▀|
        .
        |  |
        |  |
        |  |
        |  |
        |██|
        ,
        |  |
        |  |
        |  |
        |▄▄|
        |█▀|
        ¥
        |█   █|
        | █ █ |
        |█████|
        |  █  |
        |  █  |
        $
        |▄█▀█▄|
        |█ █  |
        |▀███▄|
        |  █ █|
        |▀█▄█▀|
        €
        | ▄███|
        |█▄▄  |
        |█▀▀  |
        |█    |
        | ▀███|
        £
        | ▄██▄|
        | █   |
        |███▀ |
        | █   |
        |█████|
        """
}
