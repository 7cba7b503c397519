import Foundation

extension SandboxWorld {
    /// The buyer acts on a MOTP order still `USERPAYING` (a shown Native QR, or a Quick Pay PIN prompt).
    mutating func motpBuyer(_ action: BuyerAction, reference: String, _ environment: Environment) -> Result<String, ControlError>? {
        guard var order = motp.orders[reference] else { return nil }
        guard order.status == .userPaying else { return .failure(.notWaiting(reference, state: order.status.rawValue)) }
        switch action {
        case .pay: order.settle(.success)
        case .decline: order.settle(.fail)
        case .cancel: order.settle(.closed)
        }
        motp.orders[reference] = order
        return .success("motp order \(reference) is now \(order.word)")
    }
}
