import Checkout
import TillCore
import TillStrings

/// The columns of the history list for one width: the marker, time, amount and state always; the
/// refunded amount and the gateway when there is room; the brand takes what is left.
struct HistoryColumns {
    let timeWidth: Int
    let brandWidth: Int
    let showsGateway: Bool
    let showsRefunded: Bool

    static let markerWidth = 3
    static let amountWidth = 11
    static let stateWidth = 11
    static let gatewayWidth = 10
    static let refundedWidth = 10

    init(width: Int, timeWidth: Int) {
        self.timeWidth = timeWidth
        let fixed = Self.markerWidth + timeWidth + 1 + Self.amountWidth + 1 + Self.stateWidth + 1
        let roomWithBoth = width - fixed - Self.refundedWidth - 1 - Self.gatewayWidth - 1
        let roomWithRefunded = width - fixed - Self.refundedWidth - 1
        showsGateway = roomWithBoth >= 10
        showsRefunded = roomWithRefunded >= 7
        let room = showsGateway ? roomWithBoth : showsRefunded ? roomWithRefunded : width - fixed
        brandWidth = max(1, min(room, 12))
    }

    func drawHeader(_ strings: Strings, column: Int, row: Int, style: CellStyle, into frame: inout Frame) {
        let titles = (
            "", strings[.labelTime], strings[.amountLabel], strings[.labelBrand], strings[.labelGateway], strings[.columnState],
            strings[.columnRefunded]
        )
        draw(cells: titles, column: column, row: row, style: style, into: &frame)
    }

    func draw(_ entry: HistoryEntry, _ strings: Strings, selected: Bool, column: Int, row: Int, style: CellStyle, into frame: inout Frame) {
        let mark = entry.needsAPerson ? "!" : entry.handled != nil ? "✓" : " "
        let marker = (selected ? "▸" : " ") + mark + " "
        var refunded = entry.refunded.isZero ? "—" : entry.refunded.formatted()
        if entry.refundPending { refunded = strings[.refundPendingShort] }
        draw(
            cells: (marker, entry.time, entry.amount.formatted(), entry.brand.displayName, entry.gateway.displayName,
                    entry.stateText(in: strings) + (entry.attention != nil && entry.handled == nil ? " !" : ""), refunded),
            column: column, row: row, style: style, into: &frame)
    }

    private func draw(
        cells: (marker: String, time: String, amount: String, brand: String, gateway: String, state: String, refunded: String),
        column: Int, row: Int, style: CellStyle, into frame: inout Frame
    ) {
        var x = column
        func put(_ text: String, _ width: Int, _ alignment: TextAlignment = .leading) {
            frame.fill(Rect(column: x, row: row, width: width + 1, height: 1), style: style)
            frame.text(text, column: x, row: row, width: width, style: style, alignment: alignment)
            x += width + 1
        }
        frame.text(cells.marker, column: x, row: row, width: Self.markerWidth, style: style)
        x += Self.markerWidth
        put(cells.time, timeWidth)
        put(cells.amount, Self.amountWidth, .trailing)
        put(cells.brand, brandWidth)
        if showsGateway { put(cells.gateway, Self.gatewayWidth) }
        put(cells.state, Self.stateWidth)
        if showsRefunded { put(cells.refunded, Self.refundedWidth, .trailing) }
    }
}
