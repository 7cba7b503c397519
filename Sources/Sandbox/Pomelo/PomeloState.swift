import TillCore
/// Pomelo's state. (Filled in with the Pomelo handlers.)
struct PomeloState: Codable {}

extension SandboxWorld {
    mutating func handlePomelo(_ request: RouteRequest, _ environment: Environment) -> HTTPResponse {
        .json(404, .object(["code": "PP-04-01", "message": "not yet"]))
    }
    mutating func pomeloBuyer(_ action: BuyerAction, reference: String, _ environment: Environment) -> Result<String, ControlError>? { nil }
    mutating func completePomeloRefund(id: String, _ environment: Environment) {}
}
extension SandboxWorld { func pomeloSummaries() -> [PaymentSummary] { [] } }
