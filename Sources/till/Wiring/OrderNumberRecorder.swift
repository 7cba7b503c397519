import Checkout
import Foundation
import Synchronization
import TillCore

/// Remembers the order number the checkout made for the attempt, so that a payment whose start
/// failed after it was stored can still be reported by its number and journal state. With `inUse`,
/// each number is marked in use (its lock taken) as it is made, before the attempt is stored.
final class OrderNumberRecorder: Sendable {
    private let last = Mutex<MerchantOrderNumber?>(nil)
    private let inUse: ScreenOrders?

    init(inUse: ScreenOrders? = nil) { self.inUse = inUse }

    /// The most recent number made, if any.
    var orderNumber: MerchantOrderNumber? { last.withLock { $0 } }

    /// Makes a number as the checkout normally does, and keeps it.
    func make(at time: Date) -> MerchantOrderNumber {
        let number = CheckoutContext.randomOrderNumber(at: time)
        inUse?.begin(number)
        last.withLock { $0 = number }
        return number
    }
}
