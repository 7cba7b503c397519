import Foundation
import TillCore

extension SandboxWorld {
    /// The buyer acts on a TapIn link. TapIn has no refused or cancelled state: a buyer who declines
    /// or walks away leaves the link `waiting pay` until it expires.
    mutating func tapInBuyer(_ action: BuyerAction, reference: String, _ environment: Environment) -> Result<String, ControlError>? {
        guard let id1 = tapIn.find(reference), var collection = tapIn.collections[id1] else { return nil }
        if collection.isExpired(at: environment.now) { return .failure(.notWaiting(reference, state: "expired")) }
        guard collection.status == .waitingPay else { return .failure(.notWaiting(reference, state: collection.status.rawValue)) }
        guard action == .pay else {
            return .success("tapin collection \(id1) stays waiting pay: TapIn has no refused state, the link expires after \(collection.limitDays) days")
        }
        collection.status = .paySuccess
        if collection.isCustomerFee == 1 { collection.buyerFeeMinor = TapInCollection.handlingFee(amountMinor: collection.amountMinor) }
        tapIn.collections[id1] = collection
        enqueueDelivery(
            gateway: .tapin, event: "callback", url: collection.webhook, body: TapInState.fields(of: collection),
            policy: .tapIn, expectsSuccessBody: true, now: environment.now)
        schedule(.tapInRelease(id1: id1), at: environment.now.addingTimeInterval(environment.configuration.tapInReleaseAfter))
        return .success("tapin collection \(id1) is now pay success")
    }

    mutating func releaseTapInMoney(id1: String, _ environment: Environment) {
        guard var collection = tapIn.collections[id1], collection.status == .paySuccess else { return }
        collection.status = .moneyRelease
        tapIn.collections[id1] = collection
    }
}
