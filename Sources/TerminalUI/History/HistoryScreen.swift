/// Today's sales, one sale's details, the refund prompt.
enum HistoryScreen {
    static func draw(_ model: AppModel, into frame: inout Frame) {}
}
