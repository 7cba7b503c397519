/// What the simulated buyer does with a payment that waits for them.
public enum BuyerAction: String, Codable, Sendable, CaseIterable {
    /// Pays.
    case pay
    /// Refuses to pay (wrong PIN, not enough balance).
    case decline
    /// Walks away / closes the payment page.
    case cancel
}

/// Why a control request could not be carried out.
public struct ControlError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The HTTP status the control API answers with.
    public let status: Int
    public let message: String

    public var description: String { message }

    static func notFound(_ reference: String) -> ControlError {
        ControlError(status: 404, message: "no payment with the reference \(reference): use a TakeMe Pay source id, a TapIn id_1, a Pomelo transaction id or localId, or a MOTP out_trade_no")
    }

    static func notWaiting(_ reference: String, state: String) -> ControlError {
        ControlError(status: 409, message: "payment \(reference) is \(state): the buyer can act only on a payment that waits for them")
    }
}
