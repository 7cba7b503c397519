import Checkout
import Foundation
import Synchronization
import TillCore

/// Remembers the order number the checkout made for the attempt, so that a payment whose start
/// failed after it was stored can still be reported by its number and journal state.
final class OrderNumberRecorder: Sendable {
    private let last = Mutex<MerchantOrderNumber?>(nil)

    /// The most recent number made, if any.
    var orderNumber: MerchantOrderNumber? { last.withLock { $0 } }

    /// Makes a number as the checkout normally does, and keeps it.
    func make(at time: Date) -> MerchantOrderNumber {
        let number = CheckoutContext.randomOrderNumber(at: time)
        last.withLock { $0 = number }
        return number
    }
}
