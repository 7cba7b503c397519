import TillCore
import TillStrings

/// Why an attempt was not marked as handled: the note is not one Till keeps, or the attempt needs
/// nobody. Told in the counter's and the command line's language by `message(in:)`.
public enum HandlingRefusal: Sendable, Equatable {
    /// No note was written.
    case noNote
    /// The note is longer than `HandlingNote.maximumLength`; it has `count` characters.
    case tooLong(count: Int)
    /// The note holds a line break, a tab or another control character.
    case notOneLine
    /// Already handled as it stands, with this note.
    case alreadyHandled(MerchantOrderNumber, note: String)
    /// Still without a final answer: Till is settling it on its own.
    case stillSettling(MerchantOrderNumber)
    /// Final, with nothing left to do.
    case nothingToDo(MerchantOrderNumber, AttemptState)

    /// The sentence in the language of `strings` (the note itself stays as written).
    public func message(in strings: Strings) -> String {
        switch self {
        case .noNote: strings[.handleNoNote]
        case .tooLong(let count):
            strings.text(.handleTooLong, ["maximum": String(HandlingNote.maximumLength), "count": String(count)])
        case .notOneLine: strings[.handleNotOneLine]
        case .alreadyHandled(let order, let note): strings.text(.handleAlready, ["order": order.rawValue, "note": note])
        case .stillSettling(let order): strings.text(.handleStillOpen, ["order": order.rawValue])
        case .nothingToDo(let order, let state):
            strings.text(.handleFinal, ["order": order.rawValue, "state": PaymentWords.state(state, in: strings)])
        }
    }
}
