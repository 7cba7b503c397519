/// TakeMe Pay's state. (Filled in with the TakeMe Pay handlers.)
struct TakeMePayState: Codable {}

extension SandboxWorld {
    mutating func handleTakeMePay(_ request: RouteRequest, _ environment: Environment) -> TillCore.HTTPResponse {
        .json(404, .object(["error": .object(["message": "not yet", "code": "missing_object"])]))
    }
    mutating func takeMePayBuyer(_ action: BuyerAction, reference: String, _ environment: Environment) -> Result<String, ControlError>? { nil }
}
import TillCore
extension SandboxWorld { func takeMePaySummaries() -> [PaymentSummary] { [] } }
