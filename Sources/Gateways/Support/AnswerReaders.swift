import Foundation
import TillCore
import Wire

/// The gateways' answer readers, named for callers outside the module: the fuzz targets in `Fuzz/`
/// feed them arbitrary bytes. Each reads a body the way its client does; nothing here decides
/// anything the clients do not.
public enum AnswerReaders {
    /// TakeMe Pay: the body read as each of its objects (source, charge, refund, event, webhook).
    public static func takeMePay(_ body: Data) {
        guard let json = try? JSONReader.parse(body) else { return }
        _ = try? TakeMePaySource(json)
        _ = try? TakeMePayCharge(json)
        _ = try? TakeMePayRefund(json)
        _ = try? TakeMePayEvent(json)
        _ = try? TakeMePayWebhook(json)
    }

    /// TapIn: the `{"errCode", "msg", "data"}` envelope and the members its client reads.
    public static func tapIn(_ body: Data, status: Int = 200) {
        guard let answer = try? TapInAnswer.read(HTTPResponse(status: status, body: body)) else { return }
        _ = answer.refusal
        for field in ["status", "payMoney", "tip", "collectionID", "url"] { _ = answer.text(field) }
    }

    /// Pomelo: a transaction, alone or in a list.
    public static func pomelo(_ body: Data) {
        guard let json = try? JSONReader.parse(body) else { return }
        _ = try? PomeloTransaction(json)
        for item in json.array ?? [] { _ = try? PomeloTransaction(item) }
    }

    /// MOTP: the `{"success", "data"}` envelope, its refusal and its amounts read exactly.
    public static func motp(_ body: Data, status: Int = 200) {
        guard let answer = try? MOTPAnswer.read(HTTPResponse(status: status, body: body)) else { return }
        _ = answer.refusal
        for code in ["JPY", "USD", "KWD"] {
            guard let currency = Currency(code: code) else { continue }
            _ = try? answer.amount("amount", currency: currency)
            _ = try? answer.amount("refund_amount", currency: currency)
        }
    }
}
