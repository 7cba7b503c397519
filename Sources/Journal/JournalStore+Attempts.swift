import Foundation
import TillCore

extension JournalStore {
    /// Stores a new attempt (state `created`) and its first transition. Call it before the gateway is
    /// called: a second attempt with the same order number is refused.
    public func recordAttempt(_ attempt: PaymentAttempt) throws(JournalError) {
        let time = JournalValue.integer(attempt.createdAt.journalMilliseconds)
        try connection.transaction { () throws(JournalError) in
            try connection.query(
                """
                INSERT INTO attempts (order_number, sale_id, gateway, brand, kind, amount_minor, currency, state,
                                      gateway_reference, secondary_reference, attention, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [.text(attempt.orderNumber.rawValue), .integer(attempt.saleID), .text(attempt.gateway.rawValue),
                 .text(attempt.brand.rawValue), .text(attempt.kind.rawValue), .integer(attempt.amount.minorUnits),
                 .text(attempt.amount.currency.code), .text(attempt.state.rawValue),
                 JournalValue(attempt.gatewayReference), JournalValue(attempt.secondaryReference),
                 JournalValue(attempt.attention), time, time])
            try connection.query(
                "INSERT INTO transitions (order_number, from_state, to_state, at, shift_id) VALUES (?, NULL, ?, ?, \(openShiftID))",
                [.text(attempt.orderNumber.rawValue), .text(attempt.state.rawValue), time])
        }
    }

    /// Moves an attempt to `state` and stores the transition with the gateway's raw answer, in one
    /// transaction. Moving to the state it is already in changes nothing (polls repeat themselves);
    /// a move the state machine forbids throws and stores nothing.
    @discardableResult
    public func move(
        _ order: MerchantOrderNumber, to state: AttemptState, at time: Date, gatewayReference: String? = nil,
        secondaryReference: String? = nil, raw: GatewayRawError? = nil, rawAnswer: String? = nil, note: String? = nil
    ) throws(JournalError) -> PaymentAttempt {
        try connection.transaction { () throws(JournalError) -> PaymentAttempt in
            guard var attempt = try attemptInTransaction(order) else { throw JournalError.unknownOrder(order.rawValue) }
            let from = attempt.state
            if let gatewayReference { attempt.gatewayReference = gatewayReference }
            if let secondaryReference { attempt.secondaryReference = secondaryReference }
            if from != state {
                do { try attempt.move(to: state) } catch {
                    throw JournalError.illegalTransition(order: order.rawValue, from: from.rawValue, to: state.rawValue)
                }
                try connection.query(
                    """
                    INSERT INTO transitions (order_number, from_state, to_state, at, raw_code, raw_answer, note, shift_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, \(openShiftID))
                    """,
                    [.text(order.rawValue), .text(from.rawValue), .text(state.rawValue), .integer(time.journalMilliseconds),
                     JournalValue(raw.map { $0.code }), JournalValue(rawAnswer ?? raw?.message), JournalValue(note)])
                if state == .succeeded { try issueReceipt(.sale, order: order, amount: attempt.amount, at: time) }
            }
            try connection.query(
                "UPDATE attempts SET state = ?, gateway_reference = ?, secondary_reference = ?, updated_at = ? WHERE order_number = ?",
                [.text(attempt.state.rawValue), JournalValue(attempt.gatewayReference),
                 JournalValue(attempt.secondaryReference), .integer(time.journalMilliseconds), .text(order.rawValue)])
            return attempt
        }
    }

    /// The attempt with this order number, if any.
    public func attempt(_ order: MerchantOrderNumber) throws(JournalError) -> PaymentAttempt? {
        try attemptInTransaction(order)
    }

    /// Every attempt of one sale, oldest first.
    public func attempts(forSale saleID: Int64) throws(JournalError) -> [PaymentAttempt] {
        try connection.query("SELECT * FROM attempts WHERE sale_id = ? ORDER BY created_at, order_number", [.integer(saleID)])
            .map(Self.attempt(from:))
    }

    /// Every attempt without a final state (created, awaiting the buyer, processing, unconfirmed):
    /// what the reconciler must finish after a crash or a timeout.
    public func unresolvedAttempts() throws(JournalError) -> [PaymentAttempt] {
        try connection.query("SELECT * FROM attempts WHERE state IN (\(Self.openStates)) ORDER BY created_at")
            .map(Self.attempt(from:))
    }

    /// The unresolved attempts of `lane`'s sales (nil: a counter without a lane id): what its shift
    /// cannot close over without the manager.
    func laneUnresolvedAttempts(of lane: String?) throws(JournalError) -> [PaymentAttempt] {
        try connection.query(
            """
            SELECT a.* FROM attempts a JOIN sales s ON s.id = a.sale_id
            WHERE a.state IN (\(Self.openStates)) AND COALESCE(s.lane, '') = ? ORDER BY a.created_at
            """, [.text(lane ?? "")]
        ).map(Self.attempt(from:))
    }

    /// The states that are not final, as SQL text: `'created', 'awaitingBuyer', …`.
    private static var openStates: String {
        AttemptState.allCases.filter { !$0.isFinal }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }

    /// Succeeded attempts whose success was stored with `note` (the reconciler's: paid after nobody
    /// waited any more) and that have neither a refund nor a flag: a late payment whose refund or flag
    /// a crash cut off. The reconciler finishes them. With `order`, that one attempt only (empty when
    /// it is not such a payment): the check made again under the order's claim.
    public func succeededWithoutFollowUp(
        note: String, order: MerchantOrderNumber? = nil
    ) throws(JournalError) -> [PaymentAttempt] {
        try connection.query(
            """
            SELECT * FROM attempts WHERE state = 'succeeded' AND attention IS NULL
              AND NOT EXISTS (SELECT 1 FROM refunds WHERE refunds.order_number = attempts.order_number)
              AND EXISTS (SELECT 1 FROM transitions WHERE transitions.order_number = attempts.order_number
                          AND transitions.to_state = 'succeeded' AND transitions.note = ?)
            """ + (order == nil ? "" : " AND order_number = ?") + " ORDER BY created_at",
            [.text(note)] + (order.map { [.text($0.rawValue)] } ?? [])
        ).map(Self.attempt(from:))
    }

    /// Marks an attempt for a manager's attention, with the reason.
    public func flag(_ order: MerchantOrderNumber, attention: String, at time: Date) throws(JournalError) {
        guard try attemptInTransaction(order) != nil else { throw JournalError.unknownOrder(order.rawValue) }
        try connection.query(
            "UPDATE attempts SET attention = ?, updated_at = ? WHERE order_number = ?",
            [.text(attention), .integer(time.journalMilliseconds), .text(order.rawValue)])
    }

    /// Every attempt flagged for a manager, oldest first.
    public func attemptsNeedingAttention() throws(JournalError) -> [PaymentAttempt] {
        try connection.query("SELECT * FROM attempts WHERE attention IS NOT NULL ORDER BY created_at").map(Self.attempt(from:))
    }

    /// The stored transitions of one attempt, oldest first.
    public func transitions(_ order: MerchantOrderNumber) throws(JournalError) -> [AttemptTransition] {
        try connection.query("SELECT * FROM transitions WHERE order_number = ? ORDER BY id", [.text(order.rawValue)])
            .map(AttemptTransition.init(row:))
    }

    private func attemptInTransaction(_ order: MerchantOrderNumber) throws(JournalError) -> PaymentAttempt? {
        try connection.query("SELECT * FROM attempts WHERE order_number = ?", [.text(order.rawValue)])
            .first.map(Self.attempt(from:))
    }

    static func attempt(from row: JournalRow) throws(JournalError) -> PaymentAttempt {
        guard let order = row.text("order_number"), let saleID = row.integer("sale_id"),
            let gateway = row.text("gateway").flatMap(GatewayID.init(rawValue:)),
            let brand = row.text("brand").flatMap(Brand.init(rawValue:)),
            let kind = row.text("kind").flatMap(PaymentKind.init(rawValue:)),
            let state = row.text("state").flatMap(AttemptState.init(rawValue:)),
            let createdAt = row.integer("created_at")
        else { throw JournalError.corruptRow("attempt \(row.text("order_number") ?? "?")") }
        return PaymentAttempt(
            orderNumber: MerchantOrderNumber(rawValue: order), saleID: saleID, gateway: gateway, brand: brand,
            kind: kind, amount: try money(row, "amount_minor"), state: state,
            gatewayReference: row.text("gateway_reference"), secondaryReference: row.text("secondary_reference"),
            attention: row.text("attention"), createdAt: Date(journalMilliseconds: createdAt))
    }
}

extension JournalStore {
    /// The newest attempts first, at most `limit` (all when nil).
    public func recentAttempts(limit: Int? = nil) throws(JournalError) -> [PaymentAttempt] {
        try attempts(matching: AttemptFilter(), limit: limit)
    }
}
