import TillCore

/// Answers the counter's `ShopRequest`s through its `ShopDesk`, each on a task, posting the answer
/// to the loop's inbox: a slow journal or printer never holds up the keys.
public struct ShopRunner: Sendable {
    let desk: any ShopDesk

    public init(desk: any ShopDesk) {
        self.desk = desk
    }

    /// Answers `request` on a task; money that moved is followed by `.journalChanged`.
    public func run(_ request: ShopRequest, inbox: EventInbox) {
        Task {
            inbox.post(.shop(await answer(request)))
            if case .cashSale = request { inbox.post(.journalChanged) }
        }
    }

    /// The answer to one request.
    public func answer(_ request: ShopRequest) async -> ShopUpdate {
        let answer: Result<ShopUpdate, ShopFailure>
        switch request {
        case .loadShift: answer = await desk.currentShift().map(ShopUpdate.shift)
        case .openShift(let cashier, let float): answer = await desk.openShift(cashier: cashier, float: float).map(ShopUpdate.shiftOpened)
        case .xReport: answer = await desk.xReport().map(ShopUpdate.xReport)
        case .cashSale(let amount, let tendered, let description):
            answer = await desk.cashSale(amount: amount, tendered: tendered, description: description).map(ShopUpdate.cashSold)
        case .receipt(let order): answer = await desk.receipt(of: order).map { .receipt(of: order, $0) }
        case .print(let number): answer = await desk.print(receipt: number).map(ShopUpdate.printed)
        case .approve(let action, let subject, let manager, let pin, let then):
            answer = await desk.approve(action, subject: subject, manager: manager, pin: pin).map { .approved(then) }
        }
        switch answer {
        case .success(let update): return update
        case .failure(let failure): return .failed(request, failure.message)
        }
    }
}
