import Foundation
import TillCore

/// The rules for the note a person writes when they mark an attempt as handled, and for who they
/// are: the same for the counter's prompt and `till journal handle`.
public enum HandlingNote {
    /// The longest note: a sentence or two, readable whole in the details and on one CLI line.
    public static let maximumLength = 160

    /// The note as it is journaled (spaces and line ends around it dropped), or why it cannot be.
    public static func checked(_ text: String) throws(CheckoutError) -> String {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            throw .notHandled(.noNote)
        }
        guard note.count <= maximumLength else {
            throw .notHandled(.tooLong(count: note.count))
        }
        guard note.allSatisfy(isAllowed) else {
            throw .notHandled(.notOneLine)
        }
        return note
    }

    /// Whether `character` may be part of a note: anything but control characters (line breaks,
    /// tabs), which would break the one-line views of the history and the command line.
    public static func isAllowed(_ character: Character) -> Bool {
        !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Why an attempt that needs nobody cannot be marked: already handled as it stands, still being
    /// settled by Till on its own, or final with nothing left to do.
    public static func nobodyNeeded(_ order: MerchantOrderNumber, state: AttemptState, handled: HandledNote?) -> HandlingRefusal {
        if let handled { return .alreadyHandled(order, note: handled.text) }
        return state.isFinal ? .nothingToDo(order, state) : .stillSettling(order)
    }

    /// Who is handling: Till has no cashier log-in, so the user the process runs as (`USER`, else
    /// `LOGNAME`), else `unknown`.
    public static func person(in environment: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key]?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return "unknown"
    }
}
