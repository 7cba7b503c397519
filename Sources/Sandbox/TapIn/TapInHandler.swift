import Foundation
import TillCore
import Wire

extension SandboxWorld {
    /// Routes `/tapin/api/external_collection/...`.
    mutating func handleTapIn(_ request: RouteRequest, _ environment: Environment) -> HTTPResponse {
        let path = request.segments.joined(separator: "/")
        switch (request.method, path) {
        case ("POST", "api/external_collection/create_external_collection"):
            return tapInCreate(request, environment)
        case ("GET", "api/external_collection/collection_status"):
            return tapIn.status(request, environment)
        case (_, "api/external_collection/create_external_collection"), (_, "api/external_collection/collection_status"):
            return .json(405, ["errCode": .integer(1), "msg": "Paramter error: create is POST, collection_status is GET"])
        default:
            return .json(404, ["errCode": .integer(2), "msg": .string("not found: no TapIn call at /\(path)")])
        }
    }

    private mutating func tapInCreate(_ request: RouteRequest, _ environment: Environment) -> HTTPResponse {
        let fields: BodyFields
        switch BodyFields.parse(request.body) {
        case .success(let parsed): fields = parsed
        case .failure(let error): return TapInReply.parameter("the body is not a JSON object (\(error))")
        }
        let vendorID: Int64, id1: String
        do {
            vendorID = try fields.integer("vendor_id")
            id1 = try fields.string("id_1")
        } catch {
            return TapInReply.parameter(error.message)
        }
        guard vendorID == TestCredentials.tapInVendorID,
              TapInState.signatureMatches(request.header("signature"), id1: id1) else { return TapInReply.signature }
        let collection: TapInCollection
        do { collection = try tapIn.validateNew(fields, id1: id1, now: environment.now) } catch {
            return TapInReply.parameter(error.message)
        }
        if tapIn.collections[id1] != nil || tapIn.id2Index[id1] != nil
            || collection.id2.map({ tapIn.id2Index[$0] != nil || tapIn.collections[$0] != nil }) == true {
            return TapInReply.failure(2, "TapIn Pay created by id_1 or id_2")
        }
        tapIn.insert(collection)
        scheduleBuyer(for: .tapin, reference: id1, amountMinor: collection.amountMinor, environment)
        return TapInReply.success([
            "collection_id": .integer(collection.collectionID), "ew_id": .string(collection.ewID),
            "id_1": .string(id1), "id_2": .string(collection.id2 ?? ""),
            "url": .string("https://demo.tapin.tech/external_collection/pay/\(collection.ewID)"),
        ])
    }
}

extension TapInState {
    /// md5(ss_code + id_1), lower-case hex.
    static func signature(id1: String) -> String { Digests.md5Hex(TestCredentials.tapInSSCode + id1) }

    static func signatureMatches(_ header: String?, id1: String) -> Bool {
        guard let header else { return false }
        return Digests.constantTimeEqual(header.lowercased(), signature(id1: id1))
    }

    func validateNew(_ fields: BodyFields, id1: String, now: Date) throws(FieldError) -> TapInCollection {
        let amount = try fields.integer("amount")
        guard amount > 0 else { throw .invalid("amount", "must be more than 0 cents") }
        let webhook = try fields.string("webhook")
        guard let url = URL(string: webhook), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host?.isEmpty == false else {
            throw .invalid("webhook", "must be an http:// or https:// URL (got \(webhook))")
        }
        let limitDays = try fields.optionalInteger("limit_days") ?? 30
        guard (1...3650).contains(limitDays) else { throw .invalid("limit_days", "must be a number of days from 1 to 3650") }
        let phone = try fields.optionalString("merchant_phone")
        var earn = try fields.optionalInteger("earn_percentum")
        if phone != nil {
            guard let given = earn else { throw .missing("earn_percentum", "a percentage, because merchant_phone is given") }
            guard (0...100).contains(given) else { throw .invalid("earn_percentum", "must be from 0 to 100") }
        } else {
            earn = nil
        }
        let fee = try fields.optionalInteger("is_customer_fee") ?? 0
        guard fee == 0 || fee == 1 else { throw .invalid("is_customer_fee", "must be 0 or 1") }
        let id2 = try fields.optionalString("id_2")
        let day = DateFormatter.tapInDay.string(from: now)
        return TapInCollection(
            collectionID: nextCollectionID, ewID: "EW\(day)\(String(format: "%05d", nextCollectionID % 100_000))",
            id1: id1, id2: id2?.isEmpty == true ? nil : id2, amountMinor: amount, webhook: webhook, limitDays: limitDays,
            merchantPhone: phone, earnPercentum: earn, isCustomerFee: fee,
            instruction: try fields.optionalString("instruction"), status: .waitingPay, created: now)
    }

    mutating func insert(_ collection: TapInCollection) {
        collections[collection.id1] = collection
        if let id2 = collection.id2 { id2Index[id2] = collection.id1 }
        order.append(collection.id1)
        nextCollectionID += 1
    }

    func status(_ request: RouteRequest, _ environment: Environment) -> HTTPResponse {
        guard let id1 = request.query["id_1"], !id1.isEmpty else { return TapInReply.parameter("id_1 is required in the query") }
        guard Self.signatureMatches(request.header("signature"), id1: id1) else { return TapInReply.signature }
        guard let collection = collections[id1] else { return TapInReply.failure(2, "not found") }
        if let ewID = request.query["ew_id"], !ewID.isEmpty, ewID != collection.ewID { return TapInReply.failure(2, "not found") }
        if let id2 = request.query["id_2"], !id2.isEmpty, id2 != collection.id2 { return TapInReply.failure(2, "not found") }
        if collection.isExpired(at: environment.now) {
            return TapInReply.failure(2, "not found: the TapIn Pay link expired after \(collection.limitDays) days")
        }
        return TapInReply.success(Self.fields(of: collection))
    }

    /// The documented fields of a collection, as the status query and the callback send them.
    static func fields(of collection: TapInCollection) -> JSONValue {
        [
            "collection_id": .integer(collection.collectionID), "ew_id": .string(collection.ewID),
            "id_1": .string(collection.id1), "id_2": .string(collection.id2 ?? ""),
            "status": .string(collection.status.rawValue),
            "notice": .string(collection.status == .waitingPay ? "" : "The collection has been pushed successfully"),
            "limit_days": .integer(collection.limitDays), "merchant_id": .integer(TestCredentials.tapInMerchantID),
            "merchant_phone": .string(collection.merchantPhone ?? ""), "webhook": .string(collection.webhook),
            "pay_money": .integer(collection.payMoney), "tip": .integer(0),
            "is_customer_fee": .integer(collection.isCustomerFee), "instruction": .string(collection.instruction ?? ""),
        ]
    }
}

extension DateFormatter {
    /// `yyyyMMdd` in UTC, for TapIn's `EW` codes.
    static let tapInDay: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd"
        return formatter
    }()
}
