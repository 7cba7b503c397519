import Foundation
import TillCore
import Wire

extension SandboxWorld {
    /// `POST /charges`: charges a chargeable source, which becomes `consumed`.
    mutating func createCharge(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let amount: Int64, currency: String, sourceID: String, description: String?, metadata: JSONValue?
        do throws(FieldError) {
            amount = try fields.integer("amount")
            currency = try fields.string("currency")
            sourceID = try fields.string("sourceId")
            description = try fields.optionalString("description")
            metadata = try fields.optionalObject("metadata")
        } catch {
            return TakeMePayReply.field(error)
        }
        guard amount > 0 else { return TakeMePayReply.error(400, "amount_invalid", "amount must be greater than 0 (in the smallest currency unit)") }
        guard let source = takeMePay.sources[sourceID] else { return TakeMePayReply.missing("source", sourceID) }
        guard source.status == "chargeable" else {
            return TakeMePayReply.error(400, "not_chargeable", "Source \(sourceID) is \(source.status), not chargeable: wait until the buyer has paid and retry.")
        }
        guard amount == source.amount, currency == source.currency else {
            return TakeMePayReply.constraint("amount and currency must match the source (\(source.amount) \(source.currency))")
        }
        let now = TakeMePayState.milliseconds(environment.now)
        let pending = Scenarios.qr(amountMinor: amount) == .chargePending
        let charge = TMPCharge(
            id: "ch_" + Identifiers.base64URL(22), amount: amount, currency: currency, sourceID: sourceID,
            description: description, metadata: JSONWriter.text(metadata ?? [:]), refunded: false,
            status: pending ? "pending" : "succeeded", failureCode: nil, failureMessage: nil, created: now, updated: now,
            pendingReadsLeft: pending ? 1 : 0)
        takeMePay.charges[charge.id] = charge
        takeMePay.chargeOrder.append(charge.id)
        updateSource(sourceID, to: "consumed", environment)
        takeMePayEvent("charge.created", current: takeMePay.chargeJSON(charge), previous: nil, environment)
        return .json(200, takeMePay.chargeJSON(charge))
    }

    /// `GET /charges/:id`; a pending charge settles as its scenario says.
    mutating func retrieveCharge(_ id: String, _ environment: Environment) -> HTTPResponse {
        guard var charge = takeMePay.charges[id] else { return TakeMePayReply.missing("charge", id) }
        if charge.status == "pending" {
            if charge.pendingReadsLeft > 0 {
                charge.pendingReadsLeft -= 1
                takeMePay.charges[id] = charge
            } else {
                updateCharge(id, environment) { $0.status = "succeeded" }
            }
        }
        return .json(200, takeMePay.chargeJSON(takeMePay.charges[id] ?? charge))
    }

    private mutating func updateCharge(_ id: String, _ environment: Environment, _ change: (inout TMPCharge) -> Void) {
        guard var charge = takeMePay.charges[id] else { return }
        let previous = takeMePay.chargeJSON(charge)
        change(&charge)
        charge.updated = TakeMePayState.milliseconds(environment.now)
        takeMePay.charges[id] = charge
        takeMePayEvent("charge.updated", current: takeMePay.chargeJSON(charge), previous: previous, environment)
    }

    /// `POST /refunds`: refunds a succeeded charge in full; the refund starts `pending`.
    mutating func createRefund(_ fields: BodyFields, _ environment: Environment) -> HTTPResponse {
        let chargeID: String, reason: String?, metadata: JSONValue?
        do throws(FieldError) {
            chargeID = try fields.string("chargeId")
            reason = try fields.optionalString("reason")
            metadata = try fields.optionalObject("metadata")
        } catch {
            return TakeMePayReply.field(error)
        }
        guard let charge = takeMePay.charges[chargeID] else { return TakeMePayReply.missing("charge", chargeID) }
        guard charge.status == "succeeded" else { return TakeMePayReply.constraint("Charge \(chargeID) is \(charge.status): only a succeeded charge can be refunded") }
        let open = takeMePay.refunds.values.contains { $0.chargeID == chargeID && $0.status != "failed" }
        guard !charge.refunded, !open else { return TakeMePayReply.constraint("Charge \(chargeID) is refunded already") }
        let now = TakeMePayState.milliseconds(environment.now)
        let scenario = Scenarios.refund(amountMinor: charge.amount)
        let refund = TMPRefund(
            id: "refund_" + Identifiers.base64URL(22), amount: charge.amount, currency: charge.currency, reason: reason,
            chargeID: chargeID, metadata: JSONWriter.text(metadata ?? [:]), status: "pending",
            failureReason: nil, created: now, updated: now, scenario: scenario,
            pendingReadsLeft: scenario == .processing ? 2 : 0)
        takeMePay.refunds[refund.id] = refund
        takeMePay.refundOrder.append(refund.id)
        takeMePayEvent("refund.created", current: refund.json(), previous: nil, environment)
        return .json(200, refund.json())
    }

    /// `GET /refunds/:id`; a pending refund settles as its scenario says.
    mutating func retrieveRefund(_ id: String, _ environment: Environment) -> HTTPResponse {
        guard var refund = takeMePay.refunds[id] else { return TakeMePayReply.missing("refund", id) }
        if refund.status == "pending" {
            if refund.pendingReadsLeft > 0 {
                refund.pendingReadsLeft -= 1
            } else if refund.scenario == .fail {
                refund.status = "failed"
                refund.failureReason = "The payment channel refused the refund."
            } else {
                refund.status = "succeeded"
                updateCharge(refund.chargeID, environment) { $0.refunded = true }
            }
            refund.updated = TakeMePayState.milliseconds(environment.now)
            takeMePay.refunds[id] = refund
        }
        return .json(200, refund.json())
    }
}
