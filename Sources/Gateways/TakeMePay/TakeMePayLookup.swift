import TillCore

/// Finding TakeMe Pay objects again after a lost answer. TakeMe Pay has no lookup by metadata, so
/// these read recent list pages (newest first, `limit` per page, following `startingAfter` while
/// `hasMore`, at most `lookupPages` pages) and match what Till put in the objects.
struct TakeMePayLookup {
    let api: TakeMePayAPI

    private var page: TakeMePayPage { TakeMePayPage(limit: api.settings.lookupPageSize) }

    /// The source whose metadata carries `orderNumber`.
    func source(orderNumber: MerchantOrderNumber) async throws(ExchangeError) -> TakeMePaySource? {
        try await firstMatch({ (page) async throws(ExchangeError) in try await api.listSources(page) }, id: \.id) {
            $0.metadata[TakeMePayObjects.orderNumberKey] == orderNumber.rawValue
        }
    }

    /// The charge made of `sourceID`.
    func charge(sourceID: String) async throws(ExchangeError) -> TakeMePayCharge? {
        try await firstMatch({ (page) async throws(ExchangeError) in try await api.listCharges(page) }, id: \.id) {
            $0.sourceID == sourceID
        }
    }

    /// The refund whose metadata carries `refundNumber`, found through its `refund.created` event
    /// (the documents give no list of refunds).
    func refund(refundNumber: String) async throws(ExchangeError) -> TakeMePayRefund? {
        let event = try await firstMatch(
            { (page) async throws(ExchangeError) in try await api.listEvents(page) }, id: \.id
        ) { event in
            event.type == "refund.created"
                && event.dataObject?["metadata"]?[TakeMePayObjects.refundNumberKey]?.string == refundNumber
        }
        guard let object = event?.dataObject, let id = object["id"]?.string else { return nil }
        return try await api.retrieveRefund(id: id)
    }

    private func firstMatch<Item>(
        _ fetch: (TakeMePayPage) async throws(ExchangeError) -> TakeMePayList<Item>, id: (Item) -> String,
        where matches: (Item) -> Bool
    ) async throws(ExchangeError) -> Item? {
        var page = self.page
        for _ in 0..<max(1, api.settings.lookupPages) {
            let list = try await fetch(page)
            if let found = list.items.first(where: matches) { return found }
            guard list.hasMore, let last = list.items.last else { return nil }
            page.startingAfter = id(last)
        }
        return nil
    }
}
