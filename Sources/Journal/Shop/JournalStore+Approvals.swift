import Foundation
import TillCore

/// What a manager approved: a refund, a paid-out, a reprint, a close with unresolved payments.
public struct Approval: Hashable, Sendable {
    public let action: String
    /// What it was about (an order number, a receipt number, a shift).
    public let subject: String
    public let manager: String
    public let at: Date
}

extension JournalStore {
    /// Journals that `manager` approved `action` on `subject`, in the open shift.
    public func recordApproval(_ action: String, subject: String, manager: String, at time: Date) throws(JournalError) {
        try connection.query(
            "INSERT INTO approvals (action, subject, manager, shift_id, at) VALUES (?, ?, ?, \(openShiftID), ?)",
            [.text(action), .text(subject), .text(manager), .integer(time.journalMilliseconds)])
    }

    /// Every approval about `subject`, oldest first.
    public func approvals(of subject: String) throws(JournalError) -> [Approval] {
        try connection.query("SELECT * FROM approvals WHERE subject = ? ORDER BY id", [.text(subject)]).compactMap { row in
            guard let action = row.text("action"), let manager = row.text("manager"), let at = row.integer("at") else { return nil }
            return Approval(action: action, subject: subject, manager: manager, at: Date(journalMilliseconds: at))
        }
    }
}
