/// A key as the UI sees it, whatever byte or ncurses code it arrived as.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// CR, LF or the keypad's Enter.
    case enter
    /// DEL (127), BS (8) or ncurses' KEY_BACKSPACE.
    case backspace
    case delete
    case escape
    case tab
    case backTab
    case up, down, left, right
    case home, end, pageUp, pageDown
    /// F1 to F12.
    case function(Int)
    /// A control key that has no meaning of its own here: Ctrl-A is 1.
    case control(UInt8)
    /// A code we do not know; kept so it can be ignored on purpose.
    case unknown(Int)

    /// The ASCII digit this key types, if it is one.
    public var digit: Character? {
        if case .character(let character) = self, character.isASCII, character.isNumber { return character }
        return nil
    }

    /// Maps a character read from the terminal (not a function key code) to a key.
    public static func fromCharacter(_ value: UInt32) -> Key {
        switch value {
        case 13, 10: return .enter
        case 127, 8: return .backspace
        case 27: return .escape
        case 9: return .tab
        case 0..<32: return .control(UInt8(value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
            return .character(Character(scalar))
        }
    }
}
