import Foundation
import TillCore

/// Something the sandbox does by itself at a given time: the buyer acting, money released, a
/// Pomelo refund finishing. Jobs are values, so they survive restarts with the state file.
struct ScheduledJob: Codable, Equatable {
    enum Action: Codable, Equatable {
        case buyer(BuyerAction, GatewayID, reference: String)
        case tapInRelease(id1: String)
        case pomeloRefunded(id: String)
        case pomeloExpire(id: String)
    }

    var due: Date
    var action: Action
}
