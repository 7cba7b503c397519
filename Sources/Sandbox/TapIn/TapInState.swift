import Foundation

/// TapIn's status words, exactly as written on the wire.
enum TapInStatus: String, Codable {
    case waitingPay = "waiting pay"
    case paySuccess = "pay success"
    case moneyRelease = "money release"
}

/// One TapIn Pay collection (a signed payment link).
struct TapInCollection: Codable {
    var collectionID: Int64
    var ewID: String
    var id1: String
    var id2: String?
    var amountMinor: Int64
    var webhook: String
    var limitDays: Int64
    var merchantPhone: String?
    var earnPercentum: Int64?
    var isCustomerFee: Int64
    var instruction: String?
    var status: TapInStatus
    var created: Date
    /// The handling fee the buyer paid on top of the amount (`is_customer_fee` 1), in cents; 0 until
    /// paid or when the merchant pays it. Optional so that state files written before it still load.
    var buyerFeeMinor: Int64?

    /// What the buyer paid: the amount, plus the fee when they pay it (`pay_money`).
    var payMoney: Int64 { amountMinor + (buyerFeeMinor ?? 0) }

    /// The sandbox's handling fee: 3 % of the amount, rounded up to the cent. TapIn publishes no
    /// rate; the house rule only has to make `pay_money` differ from `amount`.
    static func handlingFee(amountMinor: Int64) -> Int64 { (amountMinor * 3 + 99) / 100 }

    /// An unpaid collection past its `limit_days` is gone.
    func isExpired(at now: Date) -> Bool {
        status == .waitingPay && now >= created.addingTimeInterval(Double(limitDays) * 86_400)
    }
}

/// TapIn's state: collections by `id_1`, with an index of `id_2`.
struct TapInState: Codable {
    var collections: [String: TapInCollection] = [:]
    var id2Index: [String: String] = [:]
    var nextCollectionID: Int64 = 100_001
    var order: [String] = []

    func find(_ reference: String) -> String? {
        if collections[reference] != nil { return reference }
        if let id1 = id2Index[reference] { return id1 }
        return collections.values.first { $0.ewID == reference || String($0.collectionID) == reference }?.id1
    }
}
