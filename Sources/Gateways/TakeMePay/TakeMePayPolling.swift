import TillCore

/// One poll of a TakeMe Pay payment: read the charge if there is one, else the source; charge a
/// `chargeable` source (only while someone waits: `completing`); find the charge of a `consumed` one.
///
/// An abandoned payment (`completing` false) is never charged: the buyer's money moves only when Till
/// creates the charge, so a source that is not consumed is as good as cancelled.
struct TakeMePayPolling {
    let client: TakeMePayClient

    func status(_ reference: PaymentReference, completing: Bool) async throws(ExchangeError) -> PaymentStatus {
        let api = client.api
        if let chargeID = reference.chargeID {
            let charge = try await api.retrieveCharge(id: chargeID)
            return try gateway { () throws(GatewayError) in try client.status(of: charge, reference: reference) }
        }
        var reference = reference
        let source: TakeMePaySource
        if let sourceID = reference.gatewayReference {
            let clientSecret = client.settings.readsSourcesWithSecretKey ? nil : reference.clientSecret
            source = try await api.retrieveSource(id: sourceID, clientSecret: clientSecret)
        } else if let found = try await client.lookup.source(orderNumber: reference.orderNumber) {
            source = found
            reference.gatewayReference = found.id
            reference.clientSecret = found.clientSecret
        } else {
            // No source carries this order number: it was never created, so nothing can be paid.
            return PaymentStatus(state: .canceled, gatewayStatus: "not found", reference: reference)
        }
        let state = try gateway { () throws(GatewayError) in try client.check(source, against: reference) }
        switch source.status {
        case "pending" where !completing, "chargeable" where !completing:
            return PaymentStatus(state: .canceled, gatewayStatus: source.status + " (never charged)", reference: reference)
        case "chargeable":
            return try await charge(source, reference: reference)
        case "consumed":
            guard let charge = try await client.lookup.charge(sourceID: source.id) else {
                return PaymentStatus(state: .processing, gatewayStatus: source.status, reference: reference)
            }
            return try gateway { () throws(GatewayError) in try client.status(of: charge, reference: reference) }
        default:
            return PaymentStatus(state: state, gatewayStatus: source.status, reference: reference)
        }
    }

    /// Charges a chargeable source once, through the one rule (`IdempotentCreate`): an answer that
    /// settles nothing is followed by finding the charge of the source, never by a second charge.
    /// A source that is no longer chargeable (an earlier charge consumed it) stays `processing` and
    /// the next poll finds that charge.
    private func charge(_ source: TakeMePaySource, reference: PaymentReference) async throws(ExchangeError)
        -> PaymentStatus
    {
        do throws(GatewayError) {
            return try await IdempotentCreate.run(number: reference.orderNumber.rawValue) {
                () async throws(ExchangeError) -> IdempotentCreate.Sent<PaymentStatus> in
                do throws(ExchangeError) {
                    let charge = try await client.api.createCharge(source: source, orderNumber: reference.orderNumber)
                    return .answered(try gateway { () throws(GatewayError) in try client.status(of: charge, reference: reference) })
                } catch let error where error.takeMePayCode == TakeMePayErrors.notChargeable {
                    return .answered(PaymentStatus(state: .processing, gatewayStatus: source.status, reference: reference))
                }
            } lookUp: { () async throws(ExchangeError) -> PaymentStatus? in
                guard let charge = try await client.lookup.charge(sourceID: source.id) else { return nil }
                return try gateway { () throws(GatewayError) in try client.status(of: charge, reference: reference) }
            }
        } catch {
            throw .gateway(error)
        }
    }

    private func gateway<T>(_ body: () throws(GatewayError) -> T) throws(ExchangeError) -> T {
        do {
            return try body()
        } catch {
            throw .gateway(error)
        }
    }
}
