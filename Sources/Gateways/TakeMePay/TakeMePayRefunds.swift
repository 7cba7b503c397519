import TillCore

/// TakeMe Pay refunds: always of the whole charge (the documents' refund has no amount argument).
struct TakeMePayRefunds {
    let client: TakeMePayClient

    func refund(_ refund: RefundRequest) async throws(GatewayError) -> RefundStatus {
        guard refund.isFull else {
            throw .cashier(
                .notOffered(gateway: .takemepay, what: "partial refunds (only the whole payment can be refunded)"))
        }
        let chargeID = try await chargeID(of: refund.payment)
        let reference = RefundReference(
            refundNumber: refund.refundNumber, payment: refund.payment, amount: refund.amount)
        let metadata = [
            (TakeMePayObjects.orderNumberKey, refund.payment.orderNumber.rawValue),
            (TakeMePayObjects.refundNumberKey, refund.refundNumber),
        ]
        return try await IdempotentCreate.run(number: refund.refundNumber) {
            () async throws(ExchangeError) -> IdempotentCreate.Sent<RefundStatus> in
            do throws(ExchangeError) {
                let created = try await client.api.createRefund(chargeID: chargeID, reason: refund.reason, metadata: metadata)
                return .answered(try ExchangeError.reading { () throws(GatewayError) in
                    try status(of: created, reference: reference, chargeID: chargeID)
                })
            } catch where error.settlesRequest {
                // Refused, e.g. "Charge ... is refunded already": after an earlier send whose answer
                // was lost, that refund is this one. Only a refund found by its number says so.
                switch await refusal(error, of: refund, reference: reference, chargeID: chargeID) {
                case .success(let found): return .answered(found)
                case .failure(let refused): throw .gateway(refused)
                }
            }
        } lookUp: { () async throws(ExchangeError) -> RefundStatus? in
            guard let found = try await client.lookup.refund(refundNumber: refund.refundNumber) else { return nil }
            return try ExchangeError.reading { () throws(GatewayError) in
                try status(of: found, reference: reference, chargeID: chargeID)
            }
        }
    }

    /// What a refused refund means: the refund itself when an earlier send of the same number went
    /// through, unknown when the charge is refunded by a refund not found (yet), else the refusal.
    private func refusal(
        _ error: ExchangeError, of refund: RefundRequest, reference: RefundReference, chargeID: String
    ) async -> Result<RefundStatus, GatewayError> {
        // The store server would not make the call for this lane: it reached no gateway, and asking
        // through the same store server would be refused the same way.
        if case .transport(.storeServerRefused) = error { return .failure(error.asGatewayError) }
        do {
            if let found = try await client.lookup.refund(refundNumber: refund.refundNumber) {
                return .success(try status(of: found, reference: reference, chargeID: chargeID))
            }
            guard try await client.api.retrieveCharge(id: chargeID).refunded else { return .failure(error.asGatewayError) }
        } catch {
            // The refusal cannot be checked now: it is not taken as final.
        }
        return .failure(.unconfirmed(orderNumber: refund.refundNumber, reason: "refused, and the charge may be refunded by this refund"))
    }

    func refundStatus(_ reference: RefundReference) async throws(GatewayError) -> RefundStatus {
        do {
            let found: TakeMePayRefund?
            if let id = reference.gatewayReference {
                found = try await client.api.retrieveRefund(id: id)
            } else {
                found = try await client.lookup.refund(refundNumber: reference.refundNumber)
            }
            guard let found else {
                throw GatewayError.cashier(
                    .requestRefused(
                        GatewayRawError(
                            code: "not-found", message: "TakeMe Pay has no refund \(reference.refundNumber)")))
            }
            return try status(of: found, reference: reference, chargeID: reference.payment.chargeID)
        } catch let error as ExchangeError {
            throw error.asGatewayError
        } catch let error as GatewayError {
            throw error
        } catch {
            throw AnswerError.unreadable(.takemepay, "\(error)", status: 0)
        }
    }

    /// The charge to refund: known from the payment, or found by its source.
    private func chargeID(of payment: PaymentReference) async throws(GatewayError) -> String {
        if let chargeID = payment.chargeID { return chargeID }
        do {
            if let sourceID = payment.gatewayReference, let charge = try await client.lookup.charge(sourceID: sourceID)
            {
                return charge.id
            }
        } catch {
            throw error.asGatewayError
        }
        throw .cashier(
            .requestRefused(
                GatewayRawError(
                    code: "no-charge", message: "no TakeMe Pay charge found for order \(payment.orderNumber)")))
    }

    private func status(of refund: TakeMePayRefund, reference: RefundReference, chargeID: String?) throws(GatewayError)
        -> RefundStatus
    {
        try Echo.text(
            "amount", sent: String(reference.amount.minorUnits), echoed: String(refund.amount), required: true)
        try Echo.currency("currency", sent: reference.amount.currency, echoed: refund.currency, required: true)
        if let chargeID { try Echo.text("chargeId", sent: chargeID, echoed: refund.chargeID, required: false) }
        let state = try TakeMePayStatusTable.lookUp(TakeMePayStatusTable.refund, refund.status, field: "refund.status")
        var completed = reference
        completed.gatewayReference = refund.id
        let failure = state == .failed ? GatewayRawError(code: "failed", message: refund.failureReason) : nil
        return RefundStatus(state: state, gatewayStatus: refund.status, reference: completed, failure: failure)
    }
}
